import { css } from 'lit';

export const goalsStyles = css`
  .hint {
    color: var(--_muted);
  }
  .goals,
  .measures,
  .sdgs {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .goal {
    padding: 0.5rem 0.5rem 0.6rem;
    border-top: 1px solid var(--_grid);
    outline-offset: -2px;
  }
  .goal.depth-1 {
    margin-left: 1rem;
  }
  .goal.depth-2,
  .goal.depth-3 {
    margin-left: 2rem;
  }
  .goal-title {
    margin: 0 0 0.3rem;
    font-weight: 600;
    overflow-wrap: break-word;
  }
  .counts {
    margin: 0 0 0.4rem;
  }
  .narrow .goal.depth-1,
  .narrow .goal.depth-2,
  .narrow .goal.depth-3 {
    margin-left: 0.5rem;
  }
  .narrow .goal {
    padding: 0.4rem 0.25rem 0.5rem;
  }
  .narrow .measure {
    padding-left: 0.4rem;
  }
  .level {
    display: block;
    font-weight: 400;
    font-size: 0.85em;
    color: var(--_muted);
    text-transform: capitalize;
  }
  .sdgs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0.2rem 0 0.4rem;
  }
  .sdg {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: var(--maltal-sdg-size, 1.6em);
    height: var(--maltal-sdg-size, 1.6em);
    font-weight: 700;
    font-size: 0.85em;
    border-radius: 2px;
  }
  .measure {
    margin: 0.3rem 0 0;
    padding-left: 0.6rem;
    border-left: 3px solid var(--_grid);
  }
  .measure.basis-document {
    border-left-style: solid;
  }
  .measure.basis-maltal {
    border-left-style: dashed;
  }
  .measure p {
    margin: 0;
  }
  .basis {
    display: inline-block;
    font-size: 0.8em;
    color: var(--_muted);
    border: 1px solid var(--_muted);
    border-radius: 3px;
    padding: 0 0.3rem;
    margin-right: 0.3rem;
  }
  .measure-facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1rem 0.9rem;
    font-size: 0.9em;
  }
  .assessment {
    font-weight: 600;
  }
  .assessment .icon {
    display: inline-block;
    width: 1em;
    text-align: center;
  }
  .assessment.improving .icon {
    color: var(--maltal-improving-color, var(--_c3));
  }
  .assessment.worsening .icon {
    color: var(--maltal-worsening-color, var(--_c2));
  }
  .assessment.not_enough_data,
  .assessment.no_data_yet,
  .assessment.not_assessed,
  .assessment.stale,
  .assessment.qualitative {
    font-weight: 400;
    color: var(--_muted);
  }
  .measure.status-qualitative {
    border-left-style: dotted;
  }
  .history {
    font-size: 0.85em;
  }
  .comparisons {
    list-style: none;
    margin: 0.1rem 0 0;
    padding: 0;
    font-size: 0.85em;
  }
  .note {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .method {
    margin-top: 0.6rem;
    font-size: 0.85em;
  }
  .method summary {
    cursor: pointer;
    color: var(--_accent);
  }
  @media (forced-colors: active) {
    .sdg {
      forced-color-adjust: none;
    }
  }
`;
