/**
 * Agenda 2030 for people: /agenda-2030 (the 17 goals), /agenda-2030/mal/8 (a goal: its targets,
 * the indicators that follow each, the plans that link to it, and the targets no indicator follows
 * yet) and /agenda-2030/delmal/8.5 (a target).
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { IndicatorMeta } from '../../db/reference-data.ts';
import { createRouter, type AppEnv } from '../../lib/create-router.ts';
import {
  findGoal,
  findTarget,
  indicatorSdgLinks,
  listGoals,
  listTargets,
  listUnIndicators,
  planGoalsLinkedTo,
} from '../sdg/sdg.queries.ts';
import { COMMON, pick } from './pages.i18n.ts';
import type { Html } from './pages.layout.ts';
import { loadPlaces, type Places } from './pages.places.ts';
import { notFoundPage, pageLang, sendPage } from './pages.response.ts';
import { indicatorPath, PAGE_PATHS, pageUrl, planPath, sdgGoalPath, sdgTargetPath, type Lang } from './pages.urls.ts';

const WORDS = {
  sv: {
    title: 'Agenda 2030',
    intro:
      'De 17 globala målen och deras 169 delmål, med de mått i Måltal som följer dem och de kommunala planer som kopplar sina mål till dem.',
    goal: (n: number) => `Mål ${n}`,
    target: (t: string) => `Delmål ${t}`,
    goalCounts: (targets: number, followed: number, plans: number) =>
      `${targets} delmål, ${followed} följs av mått i Måltal; ${plans} planmål kopplade`,
    coverage: (followed: number, all: number) => `${followed} av ${all} delmål följs av minst ett mått i Måltal.`,
    uncovered: 'Delmål som inget mått följer ännu',
    allCovered: 'Varje delmål följs av minst ett mått.',
    targets: 'Delmålen',
    indicators: 'Mått som följer delmålet',
    goalIndicators: 'Mått kopplade till målet som helhet',
    noIndicator: 'Inget mått i Måltal följer delmålet ännu.',
    plans: 'Planer som kopplar sina mål hit',
    noPlans: 'Ingen plan i Måltal kopplar ett mål till just det här delmålet.',
    wholeGoal: (n: number) => `Planer som kopplar sina mål till mål ${n} som helhet`,
    un: 'FN:s indikatorer',
    relations: { direct: 'mäter delmålet', proxy: 'står för delmålet', context: 'bakgrund' },
    noSwedish: 'Ingen svensk text publicerad i våra källor; FN:s engelska text:',
    source: (s: string) => `Svensk text: ${s}`,
  },
  en: {
    title: 'Agenda 2030',
    intro:
      'The 17 global goals and their 169 targets, with the indicators in Måltal that follow them and the municipal plans that link their goals to them.',
    goal: (n: number) => `Goal ${n}`,
    target: (t: string) => `Target ${t}`,
    goalCounts: (targets: number, followed: number, plans: number) =>
      `${targets} targets, ${followed} followed by indicators in Måltal; ${plans} plan goals linked`,
    coverage: (followed: number, all: number) => `${followed} of ${all} targets are followed by at least one indicator in Måltal.`,
    uncovered: 'Targets no indicator follows yet',
    allCovered: 'Every target is followed by at least one indicator.',
    targets: 'The targets',
    indicators: 'Indicators that follow the target',
    goalIndicators: 'Indicators linked to the goal as a whole',
    noIndicator: 'No indicator in Måltal follows this target yet.',
    plans: 'Plans that link their goals here',
    noPlans: 'No plan in Måltal links a goal to this very target.',
    wholeGoal: (n: number) => `Plans that link their goals to goal ${n} as a whole`,
    un: 'UN indicators',
    relations: { direct: 'measures the target', proxy: 'stands in for the target', context: 'background' },
    noSwedish: '',
    source: (s: string) => `Swedish text: ${s}`,
  },
};

type Link = Awaited<ReturnType<typeof indicatorSdgLinks>>[number];
type PlanGoal = Awaited<ReturnType<typeof planGoalsLinkedTo>>[number];

/** A target's text in the page's language; the UN's English, marked as English, where no Swedish is published. */
function targetText(t: { text_sv: string | null; text_en: string }, lang: Lang): Html {
  return lang === 'sv' && !t.text_sv ? html`<span lang="en">${t.text_en}</span>` : html`${lang === 'en' ? t.text_en : t.text_sv}`;
}

function indicatorList(links: readonly Link[], indicators: Map<string, IndicatorMeta>, lang: Lang): Html {
  const w = WORDS[lang];
  const t = COMMON[lang];
  return html`<ul>${links.map((l) => {
    const meta = indicators.get(l.indicator_id);
    return html`<li><a href="${pageUrl(indicatorPath(l.indicator_id), lang)}">${meta ? pick(meta, 'title', lang) : l.indicator_id}</a> <span class="muted">(${w.relations[l.relation]})</span>${meta?.status === 'discontinued' ? html` <span class="tag warn">${t.discontinued}</span>` : ''}</li>`;
  })}</ul>`;
}

function planList(goals: readonly PlanGoal[], places: Places, lang: Lang): Html {
  return html`<ul>${goals.map(
    (g) =>
      html`<li><a href="${pageUrl(planPath(g.plan_id), lang)}">${places.name(g.geo, lang)}: ${lang === 'en' ? g.plan_title_en : g.plan_title_sv}</a> – ${g.number ? `${g.number} ` : ''}${pick(g, 'title', lang)}</li>`,
  )}</ul>`;
}

async function goalPage(c: Context<AppEnv>, n: number): Promise<Response> {
  const lang = pageLang(c);
  const w = WORDS[lang];
  const db = c.var.db;
  const goal = await findGoal(db, n);
  if (!goal)
    return notFoundPage(
      c,
      lang === 'en' ? `There is no goal ${n}; the goals are numbered 1 to 17.` : `Det finns inget mål ${n}; målen är numrerade 1 till 17.`,
    );
  const [targets, links, plans, ref, places] = await Promise.all([
    listTargets(db, n),
    indicatorSdgLinks(db, n),
    planGoalsLinkedTo(db, { goal: n }),
    c.var.reference(),
    loadPlaces(db),
  ]);
  const followed = targets.filter((t) => links.some((l) => l.target === t.target));
  const uncovered = targets.filter((t) => !followed.includes(t));
  const title = `${w.goal(n)}: ${pick(goal, 'short', lang)}`;
  const goalLinks = links.filter((l) => l.target === '');
  const body = html`<h1 class="sdg-title sdg-${n}">${title}</h1>
<p class="lead">${pick(goal, 'title', lang)}</p>
<p>${w.coverage(followed.length, targets.length)}</p>
${goalLinks.length ? html`<h2>${w.goalIndicators}</h2>${indicatorList(goalLinks, ref.indicators, lang)}` : ''}
<h2>${w.uncovered}</h2>
${uncovered.length ? html`<ul class="columns">${uncovered.map((t) => html`<li><a href="${pageUrl(sdgTargetPath(t.target), lang)}">${t.target}</a></li>`)}</ul>` : html`<p>${w.allCovered}</p>`}
<h2>${w.targets}</h2>
${targets.map((t) => {
  const own = links.filter((l) => l.target === t.target);
  const planGoals = plans.filter((p) => p.target === t.target);
  return html`<section><h3><a href="${pageUrl(sdgTargetPath(t.target), lang)}">${w.target(t.target)}</a>${t.short_sv && lang === 'sv' ? `: ${t.short_sv}` : ''}</h3>
<p>${targetText(t, lang)}</p>
${own.length ? indicatorList(own, ref.indicators, lang) : html`<p class="muted">${w.noIndicator}</p>`}
${planGoals.length ? html`<p><strong>${w.plans}:</strong></p>${planList(planGoals, places, lang)}` : ''}</section>`;
})}
${
  plans.some((p) => p.target === '')
    ? html`<h2>${w.plans}</h2>${planList(
        plans.filter((p) => p.target === ''),
        places,
        lang,
      )}`
    : ''
}`;
  return sendPage(
    c,
    {
      lang,
      path: sdgGoalPath(n),
      title,
      description: `${pick(goal, 'title', lang)}. ${w.coverage(followed.length, targets.length)}`,
      alternates: [{ type: 'application/json', href: `/v1/sdg/goals/${n}`, title }],
      breadcrumbs: [{ href: pageUrl(PAGE_PATHS.agenda, lang), label: w.title }],
    },
    body,
  );
}

async function targetPage(c: Context<AppEnv>, id: string): Promise<Response> {
  const lang = pageLang(c);
  const w = WORDS[lang];
  const db = c.var.db;
  const target = await findTarget(db, id);
  if (!target)
    return notFoundPage(
      c,
      lang === 'en'
        ? `There is no target '${id}'; targets look like 8.5 or 13.a.`
        : `Det finns inget delmål '${id}'; delmålen ser ut som 8.5 eller 13.a.`,
    );
  const [goal, un, links, goalPlans, ref, places] = await Promise.all([
    findGoal(db, target.goal),
    listUnIndicators(db, id),
    indicatorSdgLinks(db, target.goal),
    planGoalsLinkedTo(db, { goal: target.goal }),
    c.var.reference(),
    loadPlaces(db),
  ]);
  const plans = goalPlans.filter((p) => p.target === id);
  const wholeGoal = goalPlans.filter((p) => p.target === '');
  const own = links.filter((l) => l.target === id);
  const title = w.target(id);
  const body = html`<h1 class="sdg-title sdg-${target.goal}">${title}${target.short_sv && lang === 'sv' ? `: ${target.short_sv}` : ''}</h1>
<p class="lead">${targetText(target, lang)}</p>
${lang === 'sv' && target.text_sv && target.sv_source ? html`<p class="hint">${w.source(target.sv_source)}</p>` : ''}
<p><a href="${pageUrl(sdgGoalPath(target.goal), lang)}">${w.goal(target.goal)}: ${goal ? pick(goal, 'short', lang) : ''}</a></p>
<h2>${w.indicators}</h2>
${own.length ? indicatorList(own, ref.indicators, lang) : html`<p>${w.noIndicator}</p>`}
<h2>${w.plans}</h2>
${plans.length ? planList(plans, places, lang) : html`<p>${w.noPlans}</p>`}
${wholeGoal.length ? html`<h3>${w.wholeGoal(target.goal)}</h3>${planList(wholeGoal, places, lang)}` : ''}
<h2>${w.un}</h2>
<ul>${un.map((u) => html`<li><span lang="en">${u.indicator} ${u.text_en}</span></li>`)}</ul>`;
  return sendPage(
    c,
    {
      lang,
      path: sdgTargetPath(id),
      title,
      description: lang === 'en' || !target.text_sv ? target.text_en : target.text_sv,
      alternates: [{ type: 'application/json', href: `/v1/sdg/targets/${id}`, title }],
      breadcrumbs: [
        { href: pageUrl(PAGE_PATHS.agenda, lang), label: w.title },
        { href: pageUrl(sdgGoalPath(target.goal), lang), label: w.goal(target.goal) },
      ],
    },
    body,
  );
}

export const sdgPages = createRouter()
  .get(PAGE_PATHS.agenda, async (c) => {
    const lang = pageLang(c);
    const w = WORDS[lang];
    const db = c.var.db;
    const [goals, links] = await Promise.all([listGoals(db), indicatorSdgLinks(db)]);
    const planCounts = await Promise.all(goals.map((g) => planGoalsLinkedTo(db, { goal: g.goal }).then((rows) => rows.length)));
    const body = html`<h1>${w.title}</h1>
<p>${w.intro}</p>
<ol class="sdg-list">${goals.map((g, i) => {
      const followed = new Set(links.filter((l) => l.goal === g.goal && l.target !== '').map((l) => l.target)).size;
      return html`<li class="sdg-${g.goal}"><a href="${pageUrl(sdgGoalPath(g.goal), lang)}">${w.goal(g.goal)}: ${pick(g, 'short', lang)}</a><br><span class="hint">${w.goalCounts(g.targets, followed, planCounts[i]!)}</span></li>`;
    })}</ol>`;
    return sendPage(
      c,
      {
        lang,
        path: PAGE_PATHS.agenda,
        title: w.title,
        description: w.intro,
        alternates: [{ type: 'application/json', href: '/v1/sdg/goals', title: w.title }],
      },
      body,
    );
  })
  .get('/agenda-2030/mal/:goal', (c) => {
    const goal = c.req.param('goal');
    return /^[0-9]{1,2}$/.test(goal)
      ? goalPage(c, Number(goal))
      : notFoundPage(c, pageLang(c) === 'en' ? `There is no goal '${goal}'.` : `Det finns inget mål '${goal}'.`);
  })
  .get('/agenda-2030/delmal/:target', (c) => targetPage(c, c.req.param('target')));
