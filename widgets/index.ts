/**
 * The widget bundle: one ES module that registers every `maltal-*` element. Load it with
 * `<script type="module" src=".../maltal.js">`.
 */
import './maltal-trend/maltal-trend.ts';
import './maltal-figure/maltal-figure.ts';
import './maltal-table/maltal-table.ts';
import './maltal-compare/maltal-compare.ts';
import './maltal-map/maltal-map.ts';
import './maltal-goals/maltal-goals.ts';
