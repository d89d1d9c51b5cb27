/* letopis dashboard: a hash-routed page over the REST API.
   Untrusted text (articles, names, evidence) only ever enters the page through textContent. */
"use strict";
(function () {
  const main = document.getElementById("main");
  const QUADS = { 1: "Словесное сотрудничество", 2: "Материальное сотрудничество", 3: "Словесный конфликт", 4: "Материальный конфликт" };
  const FILTERS = ["actor", "country", "cameo", "root", "quad", "plover", "since", "until", "q"];
  let codes = null; // /api/codes, loaded once
  let renderToken = 0; // a newer route cancels what an older one still renders

  // ------------------------------------------------------------ helpers

  /* h("a", {href: "#/x", class: "c"}, "text", child) — strings become text nodes, never HTML. */
  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (key === "class") node.className = value;
      else if (key === "style") node.style.cssText = value; // CSSOM: allowed by the page's CSP, unlike style=""
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  async function api(path, options) {
    const response = await fetch(path, options);
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) throw new Error((body && body.error) || `HTTP ${response.status}`);
    return body;
  }

  function showError(where, error) {
    where.appendChild(h("p", { class: "error", role: "alert" }, "Ошибка: " + error.message));
  }

  function route() {
    const hash = location.hash.replace(/^#/, "") || "/events";
    const [path, query] = hash.split("?");
    return { parts: path.split("/").filter(Boolean), params: new URLSearchParams(query || "") };
  }

  function go(path, params) {
    const query = params ? params.toString() : "";
    location.hash = "#" + path + (query ? "?" + query : "");
  }

  function filterParams(params) {
    const out = new URLSearchParams();
    for (const key of FILTERS) if (params.get(key)) out.set(key, params.get(key));
    return out;
  }

  function fmtG(g) { return g === null || g === undefined ? "—" : (g > 0 ? "+" : "") + Number(g).toFixed(1); }
  function quadBadge(q) { return q ? h("span", { class: `quad quad-${q}`, title: QUADS[q] || "" }, String(q)) : "—"; }
  function actorLink(code, name) {
    if (!code || code === "---") return h("span", { class: "muted" }, name || "—");
    return h("span", {}, h("a", { href: `#/actor/${encodeURIComponent(code)}`, class: "code" }, code),
      name ? h("span", { class: "muted" }, " " + name) : null);
  }
  function cameoLabel(code) {
    if (!codes) return "";
    const entry = codes.cameo.find((c) => c.code === code) || codes.cameo.find((c) => c.code === code.slice(0, 3));
    const root = codes.roots[code.slice(0, 2)];
    return root || (entry ? entry.label : "");
  }

  // ------------------------------------------------------------ filter form

  function filterForm(params, onSubmit) {
    const field = (label, input) => h("label", {}, label, input);
    const value = (key) => params.get(key) || "";
    const select = (name, options, current) => h("select", { name },
      h("option", { value: "" }, "все"),
      options.map(([v, text]) => h("option", { value: v, selected: v === current }, text)));
    const roots = codes ? Object.entries(codes.roots).map(([r, name]) => [r, `${r} ${name}`]) : [];
    const plover = codes ? codes.plover.map((p) => [p, p]) : [];
    const form = h("form", { class: "filters card", role: "search", "aria-label": "Фильтры событий" },
      field("Актор (код)", h("input", { name: "actor", value: value("actor"), placeholder: "RUSGOV", list: "actor-codes", autocomplete: "off" })),
      h("datalist", { id: "actor-codes" }),
      field("Страна (ISO3)", h("input", { name: "country", value: value("country"), placeholder: "RUS", maxlength: 3 })),
      field("Код CAMEO", h("input", { name: "cameo", value: value("cameo"), placeholder: "190", maxlength: 4, inputmode: "numeric" })),
      field("Корень CAMEO", select("root", roots, value("root"))),
      field("QuadClass", select("quad", Object.entries(QUADS).map(([q, n]) => [q, `${q} ${n}`]), value("quad"))),
      field("PLOVER", select("plover", plover, value("plover"))),
      field("С даты", h("input", { type: "date", name: "since", value: value("since") })),
      field("По дату", h("input", { type: "date", name: "until", value: value("until") })),
      field("Текст", h("input", { name: "q", value: value("q"), placeholder: "слова в свидетельстве" })),
      h("div", { class: "buttons" },
        h("button", { type: "submit" }, "Показать"),
        h("button", { type: "button", class: "secondary", onclick: () => onSubmit(new URLSearchParams()) }, "Сбросить")));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const out = new URLSearchParams();
      for (const [key, v] of new FormData(form).entries()) if (String(v).trim()) out.set(key, String(v).trim());
      onSubmit(out);
    });
    api("/api/actors?limit=100").then((actors) => {
      const list = form.querySelector("#actor-codes");
      for (const a of actors) list.appendChild(h("option", { value: a.code }, a.name || ""));
    }).catch(() => {});
    return form;
  }

  // ------------------------------------------------------------ events

  async function viewEvents(params, token) {
    const filters = filterParams(params);
    const sort = params.get("sort") || "-date";
    const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
    const limit = 50;
    main.append(h("h1", {}, "События"),
      filterForm(params, (p) => go("/events", p)));
    const chartCard = h("section", { class: "card chart", "aria-label": "Хронология" },
      h("h2", {}, "Хронология"),
      h("div", { class: "legend" }, Object.entries(QUADS).map(([q, n]) => h("span", {}, h("i", { style: "" , class: `sw-q${q}` }), n)),
        h("span", {}, "— линия: средний Гольдштейн (шкала справа)"), h("span", {}, "Щёлкните столбец, чтобы выбрать период")),
      h("div", { id: "timeline" }, h("p", { class: "muted" }, "Загрузка…")));
    const tableCard = h("section", { class: "card", "aria-label": "Таблица событий" });
    main.append(chartCard, tableCard);
    colourLegend(chartCard);
    const [days, page] = await Promise.all([
      api("/api/aggregates/timeline?" + filters),
      api(`/api/events?${filters}&sort=${encodeURIComponent(sort)}&limit=${limit}&offset=${offset}`),
    ]).catch((error) => { showError(tableCard, error); return [null, null]; });
    if (token !== renderToken || !page) return;
    Charts.timeline(chartCard.querySelector("#timeline"), days, {
      onPick: (since, until) => { const p = new URLSearchParams(filters); p.set("since", since); p.set("until", until); go("/events", p); },
    });
    const sorter = h("select", { "aria-label": "Сортировка", onchange: (e) => { const p = new URLSearchParams(params); p.set("sort", e.target.value); p.delete("offset"); go("/events", p); } },
      [["-date", "сначала новые"], ["date", "сначала старые"], ["-goldstein", "Гольдштейн ↓"], ["goldstein", "Гольдштейн ↑"], ["cameo", "код CAMEO"]]
        .map(([v, t]) => h("option", { value: v, selected: v === sort }, t)));
    tableCard.append(h("div", { class: "pager" }, h("strong", {}, `Найдено событий: ${page.total}`), h("label", {}, "Порядок: ", sorter),
      h("a", { href: "#/network?" + filters }, "Сеть акторов для этих фильтров")));
    tableCard.append(eventsTable(page.items), pager(page, params, "/events"));
  }

  function colourLegend(card) {
    card.querySelectorAll(".legend i").forEach((node, i) => { node.style.background = Charts.QUAD_COLOURS[i + 1]; });
  }

  function eventsTable(items) {
    if (!items.length) return h("p", { class: "muted" }, "Событий нет.");
    return h("table", { class: "events" },
      h("thead", {}, h("tr", {}, ["Дата", "Источник", "Действие", "Цель", "Quad", "Гольдштейн", "Свидетельство", "Статья"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, items.map((e) => h("tr", {},
        h("td", { class: "num" }, e.date || "—"),
        h("td", {}, actorLink(e.source, e.source_name)),
        h("td", {}, h("span", { class: "code", title: cameoLabel(e.cameo) }, e.cameo), " ", h("span", { class: "muted" }, cameoLabel(e.cameo)),
          e.negated ? h("span", { class: "tag" }, "отрицание") : null, e.modality ? h("span", { class: "tag" }, e.modality) : null,
          e.num_articles > 1 ? h("span", { class: "tag", title: "сообщений / статей / источников" }, `${e.num_mentions}/${e.num_articles}/${e.num_sources}`) : null),
        h("td", {}, actorLink(e.target, e.target_name)),
        h("td", {}, quadBadge(e.quad_class)),
        h("td", { class: "num", style: `color:${Charts.goldsteinColour(e.goldstein)}` }, fmtG(e.goldstein)),
        h("td", { class: "evidence" }, (e.evidence || "").slice(0, 240) + ((e.evidence || "").length > 240 ? "…" : "")),
        h("td", {}, e.article_id ? h("a", { href: `#/article/${e.article_id}?event=${e.position}` }, e.article_title || "статья") : "—")))));
  }

  function pager(page, params, path) {
    const at = (offset) => { const p = new URLSearchParams(params); p.set("offset", String(Math.max(0, offset))); return p; };
    const last = page.offset + page.items.length;
    return h("div", { class: "pager" },
      h("button", { class: "secondary", disabled: page.offset <= 0, onclick: () => go(path, at(page.offset - page.limit)) }, "← Назад"),
      h("span", {}, page.total ? `${page.offset + 1}–${last} из ${page.total}` : "0"),
      h("button", { class: "secondary", disabled: last >= page.total, onclick: () => go(path, at(page.offset + page.limit)) }, "Вперёд →"));
  }

  // ------------------------------------------------------------ network

  async function viewNetwork(params, token) {
    const filters = filterParams(params);
    main.append(h("h1", {}, "Сеть акторов"), filterForm(params, (p) => go("/network", p)));
    const card = h("section", { class: "card network", "aria-label": "Граф акторов" },
      h("div", { class: "legend" }, h("span", {}, "Узлы — акторы (щёлкните или Enter — страница актора); рёбра — пары «источник → цель»; толщина — число событий; цвет — средний Гольдштейн:"),
        h("span", {}, h("i", { class: "g-neg" }), "конфликт"), h("span", {}, h("i", { class: "g-zero" }), "нейтрально"), h("span", {}, h("i", { class: "g-pos" }), "сотрудничество")),
      h("div", { id: "graph" }, h("p", { class: "muted" }, "Загрузка…")));
    main.append(card);
    card.querySelector(".g-neg").style.background = Charts.goldsteinColour(-10);
    card.querySelector(".g-zero").style.background = Charts.goldsteinColour(0);
    card.querySelector(".g-pos").style.background = Charts.goldsteinColour(10);
    let dyads;
    try { dyads = await api("/api/aggregates/dyads?limit=80&" + filters); } catch (error) { showError(card, error); return; }
    if (token !== renderToken) return;
    Charts.network(card.querySelector("#graph"), dyads, { onPick: (code) => go("/actor/" + encodeURIComponent(code)) });
    main.append(h("section", { class: "card" }, h("h2", {}, "Пары акторов"),
      h("table", {}, h("thead", {}, h("tr", {}, ["Источник", "Цель", "Событий", "Средний Гольдштейн", ""].map((t) => h("th", {}, t)))),
        h("tbody", {}, dyads.map((d) => h("tr", {}, h("td", {}, actorLink(d.source, d.source_name)), h("td", {}, actorLink(d.target, d.target_name)),
          h("td", { class: "num" }, d.events), h("td", { class: "num", style: `color:${Charts.goldsteinColour(d.goldstein)}` }, fmtG(d.goldstein)),
          h("td", {}, h("a", { href: `#/events?${new URLSearchParams({ ...Object.fromEntries(filters), actor: d.source })}` }, "события"))))))));
  }

  // ------------------------------------------------------------ actors

  async function viewActors(params, token) {
    const q = params.get("q") || "";
    const form = h("form", { class: "card", role: "search" },
      h("label", {}, "Код или имя: ", h("input", { name: "q", value: q, placeholder: "RUS, Путин" })), " ",
      h("button", { type: "submit" }, "Найти"));
    form.addEventListener("submit", (e) => { e.preventDefault(); const v = form.q.value.trim(); go("/actors", v ? new URLSearchParams({ q: v }) : null); });
    main.append(h("h1", {}, "Акторы"), form);
    const list = await api("/api/actors?limit=100" + (q ? "&q=" + encodeURIComponent(q) : "")).catch((e) => { showError(main, e); return null; });
    if (token !== renderToken || !list) return;
    main.append(h("table", {}, h("thead", {}, h("tr", {}, ["Код", "Имя", "Событий"].map((t) => h("th", {}, t)))),
      h("tbody", {}, list.map((a) => h("tr", {}, h("td", {}, h("a", { href: `#/actor/${encodeURIComponent(a.code)}`, class: "code" }, a.code)),
        h("td", {}, a.name || ""), h("td", { class: "num" }, a.events))))));
  }

  async function viewActor(code, token) {
    let actor;
    try { actor = await api("/api/actors/" + encodeURIComponent(code)); } catch (error) { main.append(h("h1", {}, code)); showError(main, error); return; }
    if (token !== renderToken) return;
    main.append(h("h1", {}, h("span", { class: "code" }, actor.code), actor.name ? " — " + actor.name : ""),
      h("p", {}, `Событий: ${actor.events} (источник — ${actor.as_source}, цель — ${actor.as_target}). `,
        h("a", { href: "#/events?actor=" + encodeURIComponent(actor.code) }, "Все события актора"), " · ",
        h("a", { href: "#/network?actor=" + encodeURIComponent(actor.code) }, "Сеть")));
    const chart = h("section", { class: "card chart" }, h("h2", {}, "Взаимодействия во времени"), h("div", {}));
    main.append(chart);
    Charts.timeline(chart.lastChild, actor.timeline, {
      label: "Взаимодействия актора во времени",
      onPick: (since, until) => go("/events", new URLSearchParams({ actor: actor.code, since, until })),
    });
    const split = h("div", { class: "split" });
    split.append(h("section", { class: "card" }, h("h2", {}, "Основные партнёры"),
      actor.partners.length ? h("table", {}, h("thead", {}, h("tr", {}, ["Актор", "Событий", "Средний Гольдштейн"].map((t) => h("th", {}, t)))),
        h("tbody", {}, actor.partners.map((p) => h("tr", {}, h("td", {}, actorLink(p.code, p.name)), h("td", { class: "num" }, p.events),
          h("td", { class: "num", style: `color:${Charts.goldsteinColour(p.goldstein)}` }, fmtG(p.goldstein))))))
        : h("p", { class: "muted" }, "Партнёров нет.")));
    const roles = [];
    for (const holder of actor.kb) for (const role of holder.roles) if (role.code === actor.code) roles.push([holder, role]);
    roles.sort((a, b) => String(b[1].start || "").localeCompare(String(a[1].start || "")));
    split.append(h("section", { class: "card" }, h("h2", {}, "Роли по базе акторов"),
      roles.length ? h("table", {}, h("thead", {}, h("tr", {}, ["Кто", "Должность", "С", "По"].map((t) => h("th", {}, t)))),
        h("tbody", {}, roles.slice(0, 40).map(([holder, role]) => h("tr", {}, h("td", {}, holder.name, holder.flags.length ? h("span", { class: "tag" }, holder.flags.join(", ")) : null),
          h("td", {}, role.title || role.position || holder.type), h("td", { class: "num" }, role.start || "…"), h("td", { class: "num" }, role.end || "н. в.")))))
        : h("p", { class: "muted" }, "В базе акторов нет записей с этим кодом.")));
    main.append(split);
  }

  // ------------------------------------------------------------ articles

  async function viewArticles(params, token) {
    const q = params.get("q") || "";
    const offset = parseInt(params.get("offset") || "0", 10) || 0;
    const form = h("form", { class: "card", role: "search" },
      h("label", {}, "Поиск по словам (любая форма): ", h("input", { name: "q", value: q, placeholder: "граница", size: 40 })), " ",
      h("button", { type: "submit" }, "Найти"));
    form.addEventListener("submit", (e) => { e.preventDefault(); const v = form.q.value.trim(); go("/articles", v ? new URLSearchParams({ q: v }) : null); });
    main.append(h("h1", {}, "Статьи"), form);
    const page = await api(`/api/articles?limit=50&offset=${offset}` + (q ? "&q=" + encodeURIComponent(q) : "")).catch((e) => { showError(main, e); return null; });
    if (token !== renderToken || !page) return;
    main.append(h("p", {}, `Найдено: ${page.total}`), articleList(page.items), pager(page, params, "/articles"));
  }

  function articleList(items) {
    return h("ul", { class: "plain card" }, items.map((a) => h("li", {},
      h("a", { href: `#/article/${a.id}` }, a.title || "(без заголовка)"), " ",
      h("span", { class: "muted" }, [a.published, a.source, `событий: ${a.events}`].filter(Boolean).join(" · ")),
      a.duplicate_of ? h("span", { class: "tag" }, "перепечатка") : null)));
  }

  async function viewStories(params, token) {
    const offset = parseInt(params.get("offset") || "0", 10) || 0;
    main.append(h("h1", {}, "Сюжеты"));
    const page = await api(`/api/stories?limit=50&offset=${offset}`).catch((e) => { showError(main, e); return null; });
    if (token !== renderToken || !page) return;
    main.append(h("ul", { class: "plain card" }, page.items.map((s) => h("li", {},
      h("a", { href: `#/story/${s.id}` }, s.title || `Сюжет ${s.id}`), " ",
      h("span", { class: "muted" }, `статей: ${s.articles}` + (s.first ? ` · ${s.first}${s.last && s.last !== s.first ? " — " + s.last : ""}` : ""))))),
    pager(page, params, "/stories"));
  }

  async function viewStory(id, token) {
    const story = await api("/api/stories/" + encodeURIComponent(id)).catch((e) => { showError(main, e); return null; });
    if (token !== renderToken || !story) return;
    main.append(h("h1", {}, story.title || `Сюжет ${story.id}`),
      h("p", {}, h("a", { href: "#/events?" }, ""), `Статей: ${story.articles}`),
      articleList(story.members));
  }

  async function viewArticle(id, params, token) {
    let data;
    try { data = await api(`/api/articles/${encodeURIComponent(id)}?tokens=false`); } catch (error) { showError(main, error); return; }
    if (token !== renderToken) return;
    const a = data.article;
    main.append(h("h1", {}, a.title || "(без заголовка)"),
      h("p", { class: "muted" }, [a.published, data.source, a.url ? null : null].filter(Boolean).join(" · "),
        a.url && /^https?:\/\//.test(a.url) ? h("span", {}, " · ", h("a", { href: a.url, rel: "noopener noreferrer" }, "источник")) : null,
        data.story ? h("span", {}, " · ", h("a", { href: `#/story/${data.story}` }, "сюжет")) : null,
        data.duplicate_of ? h("span", {}, " · перепечатка ", h("a", { href: `#/article/${data.duplicate_of}` }, "оригинала")) : null));
    main.append(analysisView(a, params.get("event")));
    if (data.related && data.related.length) {
      main.append(h("section", { class: "card related", "aria-label": "Читайте также" }, h("h2", {}, "Читайте также"),
        h("ul", { class: "plain" }, data.related.map((r) => h("li", {}, h("a", { href: `#/article/${r.id}` }, r.title || "(без заголовка)"), " ",
          h("span", { class: "muted" }, [r.published, `сходство ${r.score}`].filter(Boolean).join(" · ")))))));
    }
  }

  /* The text with highlights built from offsets, the events beside it, and the entity list. */
  function analysisView(a, selectedEvent) {
    const spans = [];
    const entityName = {};
    for (const e of a.entities || []) {
      entityName[e.id] = e.name;
      const actor = e.actor ? ` → ${e.actor.code}` : "";
      for (const m of e.mentions || []) spans.push({ start: m.start, stop: m.stop, cls: `ent ent-${e.type}`, title: `${e.type}: ${e.name}${actor}` });
    }
    for (const t of a.times || []) spans.push({ start: t.start, stop: t.stop, cls: "tm", title: `время: ${t.value || "?"}${t.end ? " — " + t.end : ""}` });
    for (const q of a.quantities || []) spans.push({ start: q.start, stop: q.stop, cls: "qt", title: `количество: ${q.bound} ${q.value}${q.unit ? " " + q.unit : ""}` });
    (a.events || []).forEach((ev, i) => {
      for (const m of ev.mentions || []) spans.push({ start: m.trigger_start, stop: m.trigger_stop, cls: "trg", title: `событие ${ev.cameo}: ${ev.source || "?"} → ${ev.target || "—"}`, event: i });
    });
    // pieces also end at the sentences of events, so marking an event's evidence marks nothing else
    const sentenceEnds = (a.events || []).flatMap((ev) => (ev.mentions || []).flatMap((m) => [m.sentence_start, m.sentence_stop]));
    const textBox = highlighted(a.text, spans, sentenceEnds);
    const toggles = [["ent", "сущности (лица, места, организации)"], ["tm", "время"], ["qt", "количества"], ["trg", "триггеры событий"]];
    const legend = h("div", { class: "legend", role: "group", "aria-label": "Подсветка" }, toggles.map(([cls, label]) =>
      h("label", {}, h("input", { type: "checkbox", checked: true, onchange: (e) => document.body.classList.toggle("hide-" + cls, !e.target.checked) }),
        " ", h("span", { class: "sw-" + cls }, label))));
    document.body.classList.remove("hide-ent", "hide-tm", "hide-qt", "hide-trg");
    const cards = (a.events || []).map((ev, i) => eventCard(ev, i, textBox, entityName));
    const side = h("aside", { class: "events-side", "aria-label": "События статьи" },
      h("h2", {}, `События (${(a.events || []).length})`),
      cards.length ? cards : h("p", { class: "muted" }, "Событий не найдено."));
    const entities = h("section", { class: "card entities" }, h("h2", {}, "Сущности"),
      h("ul", { class: "plain" }, (a.entities || []).map((e) => h("li", {}, h("span", { class: "tag" }, e.type), e.name,
        e.actor ? h("span", {}, " → ", actorLink(e.actor.code, null)) : null,
        e.markers && e.markers.length ? h("span", { class: "tag" }, e.markers.join(", ")) : null,
        h("span", { class: "muted" }, ` (${(e.mentions || []).length})`)))));
    const layout = h("div", { class: "article-layout" }, h("div", {}, legend, textBox, entities), side);
    if (selectedEvent !== null && selectedEvent !== undefined) {
      // an event id from the events table: select the card whose evidence matches, after layout
      setTimeout(() => { const card = side.querySelector(`[data-event="${CSS.escape(String(selectedEvent))}"]`); if (card) card.querySelector("button").click(); }, 0);
    }
    return layout;
  }

  function eventCard(ev, index, textBox, entityName) {
    const q = ev.quad_class || 0;
    const card = h("div", { class: `event-card q${q}`, "data-event": index },
      h("div", { class: "head" }, h("span", { class: "code" }, ev.cameo), " ", cameoLabel(ev.cameo), " ", quadBadge(ev.quad_class),
        h("span", { class: "muted", style: `color:${Charts.goldsteinColour(ev.goldstein)}` }, " " + fmtG(ev.goldstein))),
      h("div", {}, actorLink(ev.source, ev.source_name || entityName[ev.source_entity]), " → ", ev.target === null ? h("span", { class: "muted" }, "без цели") : actorLink(ev.target, ev.target_name || entityName[ev.target_entity])),
      h("div", { class: "muted" }, [ev.date ? "дата: " + ev.date : null, ev.location_name ? "место: " + ev.location_name : null, ev.plover ? "PLOVER: " + ev.plover : null,
        ev.attribution ? "по словам: " + ev.attribution : null, ev.negated ? "отрицание" : null, ev.modality ? "модальность: " + ev.modality : null].filter(Boolean).join(" · ")),
      (ev.mentions || []).map((m, k) => h("blockquote", {}, m.text)),
      h("button", { type: "button", class: "secondary", onclick: () => selectEvidence(ev, card, textBox) }, "Показать в тексте"));
    return card;
  }

  function selectEvidence(ev, card, textBox) {
    textBox.querySelectorAll(".ev").forEach((n) => n.classList.remove("ev"));
    card.parentNode.querySelectorAll(".event-card.selected").forEach((n) => n.classList.remove("selected"));
    card.classList.add("selected");
    let first = null;
    for (const m of ev.mentions || []) {
      for (const seg of textBox.children) {
        const s = +seg.dataset.start, e = +seg.dataset.stop;
        if (s < m.sentence_stop && e > m.sentence_start) { seg.classList.add("ev"); if (!first) first = seg; }
      }
    }
    card.scrollIntoView({ block: "nearest" });
    if (first) first.scrollIntoView({ block: "center" });
  }

  /* Text cut at every span boundary; each piece a <span> with the classes of the spans over it. */
  function highlighted(text, spans, extraCuts = []) {
    const box = h("div", { class: "article-text", tabindex: 0, "aria-label": "Текст статьи" });
    const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.stop) && s.start >= 0 && s.stop <= text.length && s.start < s.stop);
    const cuts = new Set([0, text.length]);
    for (const s of valid) { cuts.add(s.start); cuts.add(s.stop); }
    for (const c of extraCuts) if (Number.isInteger(c) && c > 0 && c < text.length) cuts.add(c);
    const points = [...cuts].sort((x, y) => x - y);
    const byStart = valid.slice().sort((x, y) => x.start - y.start);
    let active = [], next = 0;
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i], to = points[i + 1];
      while (next < byStart.length && byStart[next].start <= from) active.push(byStart[next++]);
      active = active.filter((s) => s.stop > from);
      const piece = h("span", { "data-start": from, "data-stop": to }, text.slice(from, to));
      if (active.length) {
        piece.className = [...new Set(active.flatMap((s) => s.cls.split(" ")))].join(" ");
        piece.title = active.map((s) => s.title).join("\n");
      }
      box.appendChild(piece);
    }
    return box;
  }

  // ------------------------------------------------------------ analyse

  function viewAnalyze() {
    const area = h("textarea", { id: "analyze-text", name: "text", required: true, "aria-label": "Текст статьи: заголовок в первой строке",
      placeholder: "Заголовок в первой строке\n\nТекст статьи…" });
    const date = h("input", { type: "date", name: "published", "aria-label": "Дата публикации" });
    const button = h("button", { type: "submit" }, "Анализировать");
    const status = h("p", { class: "muted", role: "status", "aria-live": "polite" });
    const result = h("div", { id: "analysis" });
    const form = h("form", { class: "card" },
      h("p", { class: "muted" }, "Вставьте статью (заголовок в первой строке). Ctrl+Enter — анализировать."),
      area, h("div", { class: "buttons", style: "margin-top:8px; align-items:center" }, h("label", {}, "Дата публикации: ", date), button), status);
    area.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) form.requestSubmit(); });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!area.value.trim()) { status.textContent = "Введите текст."; return; }
      button.disabled = true;
      status.textContent = "Анализ… (первый запрос загружает модели, это несколько секунд)";
      result.textContent = "";
      try {
        const body = { text: area.value };
        if (date.value) body.published = date.value;
        const data = await api("/api/analyze", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
        const a = data.article;
        status.textContent = `Готово: сущностей ${a.entities.length}, событий ${a.events.length}` + (data.stored ? `, сохранено как статья ${data.stored_id}` : "") + ".";
        result.append(analysisView(a, null));
        if (data.stored && data.stored_id) result.prepend(h("p", {}, h("a", { href: `#/article/${data.stored_id}` }, "Открыть сохранённую статью")));
      } catch (error) {
        status.textContent = "";
        showError(result, error);
      } finally {
        button.disabled = false;
      }
    });
    main.append(h("h1", {}, "Анализ текста"), form, result);
    area.focus();
  }

  // ------------------------------------------------------------ router

  async function render() {
    const token = ++renderToken;
    const { parts, params } = route();
    const view = parts[0] || "events";
    document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === view ||
      (view === "actor" && a.dataset.view === "actors") || (view === "article" && a.dataset.view === "articles") || (view === "story" && a.dataset.view === "stories")));
    main.textContent = "";
    if (!codes) codes = await api("/api/codes").catch(() => null);
    if (token !== renderToken) return;
    try {
      if (view === "events") await viewEvents(params, token);
      else if (view === "network") await viewNetwork(params, token);
      else if (view === "actors") await viewActors(params, token);
      else if (view === "actor" && parts[1]) await viewActor(decodeURIComponent(parts[1]), token);
      else if (view === "articles") await viewArticles(params, token);
      else if (view === "article" && parts[1]) await viewArticle(parts[1], params, token);
      else if (view === "stories") await viewStories(params, token);
      else if (view === "story" && parts[1]) await viewStory(parts[1], token);
      else if (view === "analyze") viewAnalyze();
      else main.append(h("h1", {}, "Страница не найдена"), h("p", {}, h("a", { href: "#/events" }, "К событиям")));
    } catch (error) {
      showError(main, error);
    }
    if (token === renderToken) document.body.dataset.ready = view;
  }

  window.addEventListener("hashchange", () => { document.body.dataset.ready = ""; render(); main.focus({ preventScroll: true }); });
  render();
})();
