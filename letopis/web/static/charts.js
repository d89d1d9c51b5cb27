/* letopis charts: small SVG code, no library. Every label goes in with textContent. */
"use strict";
(function () {
  const NS = "http://www.w3.org/2000/svg";
  const QUAD_COLOURS = { 1: "#8cc7a1", 2: "#2e8b57", 3: "#f0a04b", 4: "#c8392b", 0: "#9aa3b2" };

  function svg(tag, attrs, parent) {
    const node = document.createElementNS(NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    if (parent) parent.appendChild(node);
    return node;
  }

  function text(parent, x, y, value, attrs) {
    const node = svg("text", Object.assign({ x, y }, attrs || {}), parent);
    node.textContent = value;
    return node;
  }

  const DAY = 86400000;
  const toDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

  /* Bins of days: day, week, month or year, whichever keeps the chart under ~120 bars. */
  function binner(first, last) {
    const span = (last - first) / DAY + 1;
    if (span <= 120) return { name: "день", key: (ms) => iso(ms), start: (k) => k, end: (k) => k };
    if (span <= 120 * 7) {
      const monday = (ms) => ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY;
      return { name: "неделя", key: (ms) => iso(monday(ms)), start: (k) => k, end: (k) => iso(toDay(k) + 6 * DAY) };
    }
    if (span <= 365 * 10) {
      return {
        name: "месяц", key: (ms) => iso(ms).slice(0, 7), start: (k) => k + "-01",
        end: (k) => iso(Date.UTC(+k.slice(0, 4), +k.slice(5, 7), 0)),
      };
    }
    return { name: "год", key: (ms) => iso(ms).slice(0, 4), start: (k) => k + "-01-01", end: (k) => k + "-12-31" };
  }

  /* Stacked bars of events by QuadClass per bin, with the mean Goldstein score as a line.
     days: [{day, total, by_quad: {"1": n}, goldstein}]; onPick(since, until) on click or Enter. */
  function timeline(container, days, options) {
    options = options || {};
    container.textContent = "";
    if (!days.length) {
      const p = document.createElement("p");
      p.className = "muted";
      p.textContent = "Нет событий с датой для этих фильтров.";
      container.appendChild(p);
      return;
    }
    const first = toDay(days[0].day), last = toDay(days[days.length - 1].day);
    const bins = binner(first, last);
    const byKey = new Map();
    for (const entry of days) {
      const key = bins.key(toDay(entry.day));
      const bin = byKey.get(key) || { key, total: 0, quads: { 1: 0, 2: 0, 3: 0, 4: 0, 0: 0 }, g: 0, gn: 0 };
      for (const [quad, count] of Object.entries(entry.by_quad)) bin.quads[quad] = (bin.quads[quad] || 0) + count;
      bin.total += entry.total;
      if (entry.goldstein !== null && entry.goldstein !== undefined) { bin.g += entry.goldstein * entry.total; bin.gn += entry.total; }
      byKey.set(key, bin);
    }
    // every bin between the first and the last, empty ones too, so that time runs evenly
    const keys = [];
    for (let ms = first; ms <= last; ms += DAY) {
      const key = bins.key(ms);
      if (keys[keys.length - 1] !== key) keys.push(key);
    }
    const width = options.width || 960, height = options.height || 230;
    const left = 40, right = 40, top = 12, bottom = 28;
    const plotW = width - left - right, plotH = height - top - bottom;
    const maxCount = Math.max(1, ...keys.map((k) => (byKey.get(k) || { total: 0 }).total));
    const step = plotW / keys.length, barW = Math.max(1, Math.min(28, step * 0.8));
    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": options.label || "Хронология событий" });
    const axis = svg("g", { class: "axis" }, root);
    svg("line", { x1: left, x2: left + plotW, y1: top + plotH, y2: top + plotH }, axis);
    for (const fraction of [0, 0.5, 1]) {
      const y = top + plotH - fraction * plotH;
      text(axis, left - 6, y + 4, String(Math.round(fraction * maxCount)), { "text-anchor": "end" });
      svg("line", { x1: left, x2: left + plotW, y1: y, y2: y, "stroke-dasharray": "2,3", opacity: 0.4 }, axis);
    }
    for (const g of [-10, 0, 10]) {
      const y = top + plotH / 2 - (g / 10) * (plotH / 2);
      text(axis, left + plotW + 6, y + 4, (g > 0 ? "+" : "") + g, {});
    }
    const labelEvery = Math.max(1, Math.ceil(keys.length / 10));
    keys.forEach((key, index) => {
      const x = left + index * step + (step - barW) / 2;
      const bin = byKey.get(key);
      if (index % labelEvery === 0) text(axis, x + barW / 2, height - 8, key, { "text-anchor": "middle" });
      if (!bin) return;
      const group = svg("g", { class: "bar", tabindex: 0, role: "button", "data-key": key,
        "aria-label": `${key}: ${bin.total} событий — показать` }, root);
      const title = svg("title", {}, group);
      title.textContent = `${key} (${bins.name}): ${bin.total} событий` +
        (bin.gn ? `, средний Гольдштейн ${(bin.g / bin.gn).toFixed(1)}` : "");
      let y = top + plotH;
      for (const quad of [1, 2, 3, 4, 0]) {
        const count = bin.quads[quad] || 0;
        if (!count) continue;
        const h = (count / maxCount) * plotH;
        y -= h;
        svg("rect", { x, y, width: barW, height: Math.max(h, 0.5), fill: QUAD_COLOURS[quad] }, group);
      }
      const pick = () => options.onPick && options.onPick(bins.start(key), bins.end(key));
      group.addEventListener("click", pick);
      group.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); pick(); } });
    });
    const points = keys.map((key, index) => {
      const bin = byKey.get(key);
      if (!bin || !bin.gn) return null;
      const g = bin.g / bin.gn;
      return [left + index * step + step / 2, top + plotH / 2 - (g / 10) * (plotH / 2)];
    }).filter(Boolean);
    if (points.length) {
      svg("polyline", { points: points.map((p) => p.join(",")).join(" "), fill: "none", stroke: "#14213d",
        "stroke-width": 1.5, "pointer-events": "none", class: "goldstein" }, root);
      for (const [x, y] of points) svg("circle", { cx: x, cy: y, r: 2, fill: "#14213d", "pointer-events": "none" }, root);
    }
    container.appendChild(root);
  }

  /* Goldstein -10 (conflict, red) .. 0 (grey) .. +10 (cooperation, green). */
  function goldsteinColour(g) {
    if (g === null || g === undefined) return "#9aa3b2";
    const t = Math.max(-1, Math.min(1, g / 10));
    const grey = [154, 163, 178], red = [200, 57, 43], green = [46, 139, 87];
    const to = t < 0 ? red : green, k = Math.abs(t);
    const mix = grey.map((c, i) => Math.round(c + (to[i] - c) * Math.min(1, k * 1.6)));
    return `rgb(${mix.join(",")})`;
  }

  /* Actors as nodes, dyads as edges coloured by mean Goldstein; a small force layout,
     started from a circle so the same data always gives the same picture. */
  function network(container, dyads, options) {
    options = options || {};
    container.textContent = "";
    if (!dyads.length) {
      const p = document.createElement("p");
      p.className = "muted";
      p.textContent = "Нет пар акторов для этих фильтров.";
      container.appendChild(p);
      return;
    }
    const width = options.width || 1100, height = options.height || 560;
    const nodes = new Map();
    for (const d of dyads) {
      for (const [code, name] of [[d.source, d.source_name], [d.target, d.target_name]]) {
        const node = nodes.get(code) || { code, name, weight: 0 };
        node.weight += d.events;
        if (!node.name && name) node.name = name;
        nodes.set(code, node);
      }
    }
    const list = [...nodes.values()].sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code));
    list.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / list.length;
      node.x = width / 2 + (width / 3) * Math.cos(angle);
      node.y = height / 2 + (height / 3) * Math.sin(angle);
      node.vx = 0; node.vy = 0;
    });
    const edges = dyads.map((d) => ({ a: nodes.get(d.source), b: nodes.get(d.target), d }));
    const ideal = Math.min(width, height) / Math.max(3, Math.sqrt(list.length) * 1.3);
    for (let round = 0; round < 300; round++) {
      const cool = 1 - round / 300;
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i], b = list[j];
          let dx = a.x - b.x, dy = a.y - b.y;
          const dist2 = Math.max(dx * dx + dy * dy, 25);
          const force = (ideal * ideal) / dist2;
          const dist = Math.sqrt(dist2);
          dx /= dist; dy /= dist;
          a.vx += dx * force; a.vy += dy * force; b.vx -= dx * force; b.vy -= dy * force;
        }
      }
      for (const e of edges) {
        let dx = e.b.x - e.a.x, dy = e.b.y - e.a.y;
        const dist = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
        const force = (dist - ideal) * 0.05;
        dx /= dist; dy /= dist;
        e.a.vx += dx * force; e.a.vy += dy * force; e.b.vx -= dx * force; e.b.vy -= dy * force;
      }
      for (const n of list) {
        n.vx += (width / 2 - n.x) * 0.01; n.vy += (height / 2 - n.y) * 0.01;
        const speed = Math.sqrt(n.vx * n.vx + n.vy * n.vy), limit = 20 * cool + 0.5;
        if (speed > limit) { n.vx *= limit / speed; n.vy *= limit / speed; }
        n.x = Math.max(30, Math.min(width - 30, n.x + n.vx));
        n.y = Math.max(20, Math.min(height - 20, n.y + n.vy));
        n.vx *= 0.5; n.vy *= 0.5;
      }
    }
    // stretch the layout over the whole canvas (labels sit right of the nodes: more room there)
    const xs = list.map((n) => n.x), ys = list.map((n) => n.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (const n of list) {
      n.x = x1 > x0 ? 30 + ((n.x - x0) / (x1 - x0)) * (width - 110) : width / 2;
      n.y = y1 > y0 ? 25 + ((n.y - y0) / (y1 - y0)) * (height - 50) : height / 2;
    }
    const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Сеть акторов" });
    const defs = svg("defs", {}, root);
    const marker = svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, defs);
    svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#778" }, marker);
    const maxEvents = Math.max(...dyads.map((d) => d.events));
    const radius = (n) => 5 + 12 * Math.sqrt(n.weight / Math.max(...list.map((m) => m.weight)));
    const edgeLayer = svg("g", { class: "edges" }, root);
    for (const e of edges) {
      const dx = e.b.x - e.a.x, dy = e.b.y - e.a.y, dist = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const rb = radius(e.b) + 2;
      const line = svg("line", {
        x1: e.a.x, y1: e.a.y, x2: e.b.x - (dx / dist) * rb, y2: e.b.y - (dy / dist) * rb,
        stroke: goldsteinColour(e.d.goldstein), "stroke-width": 1 + 5 * Math.sqrt(e.d.events / maxEvents),
        "marker-end": "url(#arrow)", opacity: 0.85, class: "edge",
      }, edgeLayer);
      const title = svg("title", {}, line);
      title.textContent = `${e.d.source} → ${e.d.target}: ${e.d.events} событий, средний Гольдштейн ` +
        (e.d.goldstein === null ? "—" : e.d.goldstein);
    }
    const nodeLayer = svg("g", { class: "nodes" }, root);
    for (const n of list) {
      const group = svg("g", { class: "node", tabindex: 0, role: "link", "data-code": n.code,
        "aria-label": `${n.code} ${n.name || ""}: ${n.weight} событий` }, nodeLayer);
      svg("circle", { cx: n.x, cy: n.y, r: radius(n) }, group);
      text(group, n.x + radius(n) + 3, n.y + 4, n.code);
      const title = svg("title", {}, group);
      title.textContent = `${n.code}${n.name ? " — " + n.name : ""}: ${n.weight} событий`;
      const open = () => options.onPick && options.onPick(n.code);
      group.addEventListener("click", open);
      group.addEventListener("keydown", (event) => { if (event.key === "Enter") open(); });
    }
    container.appendChild(root);
  }

  window.Charts = { timeline, network, goldsteinColour, QUAD_COLOURS };
})();
