// A short Markdown view of one result for the terminal: title, then experts, organisations and options.
import type { ExtractResult } from "../extract/types";

const list = (items: string[]) => (items.length ? items.map((s) => `- ${s}`).join("\n") : "- none found");

export function renderMarkdown(r: ExtractResult): string {
  const head = `# ${r.title || "Untitled"}\n\n${r.url ? `<${r.url}> · ` : ""}language: ${r.lang}`;
  if (!r.isArticle) return `${head}\n\nNot an article: ${r.notArticleReason}.\n`;
  const experts = r.people.filter((p) => p.expert).map((p) => `**${p.name}**${p.role ? ` — ${p.role}` : ""}`);
  const orgs = r.organisations.map((o) => `**${o.name}** (${o.mentions.length})`);
  const options = r.policyOptions.map((o) => `${o.text} — ${o.proposer ?? "the outlet"}`);
  return `${head}\n\n## Experts\n\n${list(experts)}\n\n## Organisations\n\n${list(orgs)}\n\n## Policy options\n\n${list(options)}\n`;
}
