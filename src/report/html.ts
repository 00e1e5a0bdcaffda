// Self-contained HTML reports: inline CSS and inline SVG charts, no scripts and nothing fetched, so a candidate
// can open the file offline or mail it to a mentor. Every piece of candidate or bank text goes through esc().
import type { LookFor } from "../bank/schema.js";
import type { Grade } from "../grading/grade.js";
import type { Progress, SessionDigest } from "../session/progress.js";
import { formatClock, lookForMarks, selfRatingGap } from "../ui/render.js";
import { distinctEvidence } from "./markdown.js";
import {
  formatWhen,
  type ReportAnswer,
  reportStatus,
  type SessionReport,
  statusLabel,
  VERDICT_LABEL,
} from "./model.js";

export function esc(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const CSS = `
:root{--fg:#1d1d1f;--muted:#6b6b70;--line:#e2e2e6;--bg:#fff;--red:#c0392b;--amber:#b7791f;--green:#2f855a;--accent:#b20710}
*{box-sizing:border-box}
body{font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg);margin:0;padding:32px}
main{max-width:900px;margin:0 auto}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 8px;border-bottom:2px solid var(--accent);padding-bottom:4px}
h3{font-size:15px;margin:16px 0 6px}
.meta{color:var(--muted);margin:0 0 16px}
.verdict{border-left:4px solid var(--muted);padding:8px 14px;background:#f7f7f9;margin:12px 0}
.verdict.hire,.verdict.strong-hire{border-color:var(--green)}.verdict.no-hire{border-color:var(--amber)}.verdict.strong-no-hire{border-color:var(--red)}
.verdict strong{font-size:17px}
.prompt{font-weight:600}
blockquote{margin:8px 0;padding:8px 12px;background:#fafafa;border-left:3px solid var(--line);white-space:pre-wrap;font-family:Georgia,serif}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:14px}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{color:var(--muted);font-weight:600}
.s1{color:var(--red)}.s2{color:var(--amber)}.s3,.s4{color:var(--green)}
.num{text-align:right;white-space:nowrap}
.small{color:var(--muted);font-size:13px}
.followup{margin-left:18px;padding-left:12px;border-left:2px dashed var(--line)}
ins{background:#e6f4ea;text-decoration:none}del{background:#fde8e8;color:#8a1c1c}
.diff{white-space:pre-wrap;font-family:Georgia,serif;background:#fafafa;padding:8px 12px}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(400px,1fr));gap:16px}
.chart{border:1px solid var(--line);border-radius:6px;padding:8px 12px}
.chart h3{margin:0 0 4px}
code{background:#f2f2f4;padding:1px 5px;border-radius:4px}
footer{margin-top:40px;color:var(--muted);font-size:12px}
@media print{body{padding:0}}
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body><main>
${body}
<footer>Made with netprep. Scores are a practice aid from an automated rubric, not a hiring decision.</footer>
</main></body>
</html>
`;
}

const scoreClass = (n: number) => `s${Math.max(1, Math.min(4, Math.floor(n)))}`;

/** Horizontal bars on the 1–4 scale for a session's dimension averages. */
export function barChartSvg(items: readonly { label: string; value: number }[]): string {
  const rowH = 26;
  const labelW = 210;
  const barW = 300;
  const h = items.length * rowH + 24;
  const x = (v: number) => labelW + ((v - 0) / 4) * barW;
  const color = (v: number) => (v >= 3 ? "#2f855a" : v >= 2 ? "#b7791f" : "#c0392b");
  const grid = [1, 2, 3, 4]
    .map(
      (t) =>
        `<line x1="${x(t)}" y1="0" x2="${x(t)}" y2="${h - 18}" stroke="#e2e2e6"/><text x="${x(t)}" y="${h - 4}" font-size="11" text-anchor="middle" fill="#6b6b70">${t}</text>`,
    )
    .join("");
  const bars = items
    .map((it, i) => {
      const y = i * rowH + 4;
      return `<text x="${labelW - 8}" y="${y + 15}" font-size="13" text-anchor="end" fill="#1d1d1f">${esc(it.label.length > 30 ? `${it.label.slice(0, 29)}…` : it.label)}</text><rect x="${labelW}" y="${y}" width="${Math.max(0, x(it.value) - labelW)}" height="${rowH - 8}" rx="3" fill="${color(it.value)}"/><text x="${x(it.value) + 6}" y="${y + 14}" font-size="12" fill="#1d1d1f">${it.value.toFixed(1)}</text>`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${labelW + barW + 40}" height="${h}" viewBox="0 0 ${labelW + barW + 40} ${h}" role="img" aria-label="Average score per dimension">${grid}${bars}</svg>`;
}

/** A line chart of one dimension's session averages on the fixed 1–4 scale, oldest left. */
export function lineChartSvg(values: readonly number[], title: string): string {
  const w = 380;
  const h = 130;
  const pad = { l: 24, r: 8, t: 8, b: 18 };
  const iw = w - pad.l - pad.r;
  const ih = h - pad.t - pad.b;
  const x = (i: number) => pad.l + (values.length <= 1 ? iw / 2 : (i / (values.length - 1)) * iw);
  const y = (v: number) => pad.t + ih - ((Math.max(1, Math.min(4, v)) - 1) / 3) * ih;
  const grid = [1, 2, 3, 4]
    .map(
      (t) =>
        `<line x1="${pad.l}" y1="${y(t)}" x2="${w - pad.r}" y2="${y(t)}" stroke="#e2e2e6"/><text x="${pad.l - 6}" y="${y(t) + 4}" font-size="10" text-anchor="end" fill="#6b6b70">${t}</text>`,
    )
    .join("");
  const pts = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  const dots =
    values.length <= 60
      ? values
          .map((v, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="2.5" fill="#b20710"/>`)
          .join("")
      : "";
  const label = `<text x="${pad.l}" y="${h - 3}" font-size="10" fill="#6b6b70">oldest</text><text x="${w - pad.r}" y="${h - 3}" font-size="10" text-anchor="end" fill="#6b6b70">latest</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${esc(title)} over time">${grid}<polyline fill="none" stroke="#b20710" stroke-width="2" points="${pts}"/>${dots}${label}</svg>`;
}

function gradeTable(grade: Grade): string {
  const rows = grade.dimensions
    .map((d) => {
      const ev = distinctEvidence(d)
        .map((e) => `<div>${e.effect === "+" ? "✓" : "✗"} “${esc(e.quote.trim())}”</div>`)
        .join("");
      return `<tr><td>${esc(d.title)}</td><td class="num ${scoreClass(d.score)}">${d.score} ${esc(d.level)}</td><td>${ev || "—"}</td><td>${esc(d.advice)}</td></tr>`;
    })
    .join("");
  const notes = grade.notes.map((n) => `<div class="small">Note: ${esc(n)}</div>`).join("");
  return `<table><thead><tr><th>Dimension</th><th class="num">Score</th><th>Evidence</th><th>Advice</th></tr></thead><tbody>${rows}<tr><th>Overall</th><th class="num ${scoreClass(grade.overall)}">${grade.overall.toFixed(1)}</th><td colspan="2" class="small">${grade.confidence === "low" ? "low confidence" : ""}</td></tr></tbody></table>${notes}`;
}

function answerHtml(
  answer: ReportAnswer | undefined,
  grade: Grade | undefined,
  lookFor: readonly LookFor[] = [],
): string {
  if (!answer) return `<p class="small">Not answered.</p>`;
  const over = answer.overrunMs > 0 ? `, ${formatClock(answer.overrunMs)} over` : "";
  let html = `<p class="small">Answer: ${formatClock(answer.usedMs)} of ${formatClock(answer.budgetMs)}${over}${answer.timedOut ? ", cut off" : ""}</p><blockquote>${esc(answer.text.trim() || "(empty)")}</blockquote>`;
  if (grade) {
    html += gradeTable(grade);
    if (answer.selfRating != null) html += `<p>${esc(selfRatingGap(answer.selfRating, grade.overall))}</p>`;
    if (lookFor.length) {
      const items = lookForMarks(lookFor, grade)
        .map(({ concept, named }) => `<li>${named ? "✓ " : ""}${esc(concept)}</li>`)
        .join("");
      const legend = grade.lookFor ? " (✓ named in this answer)" : "";
      html += `<p class="small">What a strong answer shows${legend}:</p><ul>${items}</ul>`;
    }
  } else html += `<p class="small">Not graded.</p>`;
  return html;
}

export function renderSessionHtml(report: SessionReport): string {
  const parts: string[] = [];
  parts.push(`<h1>Interview practice · session ${esc(report.id)}</h1>`);
  parts.push(
    `<p class="meta">${esc(formatWhen(report.startedAt))} · ${esc(report.label)} · ${report.totals.answered} of ${report.questions.length} answered · ${esc(reportStatus(report))}${report.retryOf ? ` · retry of ${esc(report.retryOf)}` : ""}</p>`,
  );
  if (report.verdict) {
    const v = report.verdict;
    parts.push(
      `<div class="verdict ${esc(v.level)}"><strong>${esc(VERDICT_LABEL[v.level] ?? v.level)}</strong>${report.status === "complete" ? "" : " (provisional)"}${v.confidence === "low" ? ' <span class="small">low confidence</span>' : ""}<p>${esc(v.reason)}</p>${v.wouldChange ? `<p><em>What would change it:</em> ${esc(v.wouldChange)}</p>` : ""}</div>`,
    );
  }
  if (report.dimensions.length) {
    parts.push(`<h2>By dimension</h2>`);
    parts.push(barChartSvg(report.dimensions.map((d) => ({ label: d.title, value: d.average }))));
  }
  for (const q of report.questions) {
    parts.push(`<h2>${q.index + 1}. ${esc(q.questionId)}</h2>`);
    parts.push(
      q.prompt
        ? `<p class="prompt">${esc(q.prompt)}</p>`
        : `<p class="small">This question is no longer in the banks.</p>`,
    );
    parts.push(answerHtml(q.answer, q.grade, q.lookFor));
    for (const f of q.followUps) {
      const effect = f.reading?.effect ? `<p><strong>${esc(f.reading.effect)}</strong></p>` : "";
      parts.push(
        `<div class="followup"><h3>Follow-up: ${esc(f.prompt)}</h3>${effect}${answerHtml(f.answer, f.grade)}</div>`,
      );
    }
    if (q.attempt) {
      const a = q.attempt;
      const changes = a.changes
        ? `<p class="small">${a.changes.dimensions
            .map(
              (d) =>
                `${esc(d.title)} ${d.before ?? "·"}→${d.after ?? "·"}${d.delta ? ` (${d.delta > 0 ? "+" : ""}${d.delta})` : ""}`,
            )
            .join(" · ")} · overall ${a.changes.before.toFixed(1)}→${a.changes.after.toFixed(1)}</p>`
        : "";
      const diff = a.diff.segments
        .map((s) =>
          s.op === "=" ? esc(s.text) : s.op === "+" ? `<ins>${esc(s.text)}</ins>` : `<del>${esc(s.text)}</del>`,
        )
        .join("");
      parts.push(
        `<h3>Compared with ${a.relation === "retry" ? "the retried session" : "the previous attempt"} (${esc(a.sessionId)}, ${esc(formatWhen(a.startedAt))})</h3>${changes}<div class="diff">${diff}</div>`,
      );
    }
  }
  if (report.problems.length) {
    parts.push(
      `<h2>Problems reading this session</h2><ul>${report.problems.map((p) => `<li>${esc(p)}</li>`).join("")}</ul>`,
    );
  }
  return page(`netprep session ${report.id}`, parts.join("\n"));
}

export function renderProgressHtml(progress: Progress, digests: readonly SessionDigest[]): string {
  const parts: string[] = [];
  parts.push(`<h1>Interview practice · progress</h1>`);
  parts.push(
    `<p class="meta">${progress.gradedSessions} graded session${progress.gradedSessions === 1 ? "" : "s"} of ${progress.sessions}</p>`,
  );
  if (progress.weakest) {
    parts.push(
      `<div class="verdict no-hire"><strong>Weakest lately: ${esc(progress.weakest.title)}</strong> (${progress.weakest.recent.toFixed(1)} on average over the latest sessions)</div>`,
    );
  }
  if (progress.dimensions.length) {
    parts.push(`<h2>Each dimension over time</h2><div class="charts">`);
    for (const d of progress.dimensions) {
      const change = d.change > 0 ? `+${d.change.toFixed(1)}` : d.change.toFixed(1);
      parts.push(
        `<div class="chart"><h3>${esc(d.title)}</h3><div class="small">${d.early.toFixed(1)} → ${d.recent.toFixed(1)} (${change}) over ${d.points.length} session${d.points.length === 1 ? "" : "s"}</div>${lineChartSvg(
          d.points.map((p) => p.average),
          d.title,
        )}</div>`,
      );
    }
    parts.push(`</div>`);
  }
  parts.push(`<h2>Culture values</h2>`);
  const practised = Object.entries(progress.valuesPractised).sort((a, b) => b[1] - a[1]);
  parts.push(
    `<p>${practised.length ? practised.map(([v, n]) => `${esc(v)} (${n})`).join(" · ") : "Nothing practised yet."}</p>`,
  );
  if (progress.valuesNeverPractised.length) {
    parts.push(`<p><strong>Never practised:</strong> ${progress.valuesNeverPractised.map(esc).join(", ")}</p>`);
  }
  if (progress.suggestions.length) {
    parts.push(
      `<h2>Practise next</h2><ul>${progress.suggestions.map((s) => `<li><code>${esc(s.command)}</code> — ${esc(s.why)}</li>`).join("")}</ul>`,
    );
  }
  const recent = digests.slice(0, 30);
  if (recent.length) {
    parts.push(
      `<h2>Latest sessions</h2><table><thead><tr><th>When</th><th>ID</th><th>Session</th><th class="num">Answered</th><th class="num">Overall</th><th>Verdict</th><th>Status</th></tr></thead><tbody>${recent
        .map(
          (d) =>
            `<tr><td>${esc(formatWhen(d.startedAt))}</td><td>${esc(d.id)}</td><td>${esc(d.label)}</td><td class="num">${d.answered}/${d.planned}</td><td class="num">${d.overall?.toFixed(1) ?? "—"}</td><td>${esc(d.verdict ? (VERDICT_LABEL[d.verdict] ?? d.verdict) : "—")}</td><td>${esc(statusLabel(d))}</td></tr>`,
        )
        .join("")}</tbody></table>`,
    );
  }
  return page("netprep progress", parts.join("\n"));
}
