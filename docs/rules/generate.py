#!/usr/bin/env python3
"""Writes docs/rules/RQxxx.md from the rule descriptors (src/ReplyQuality/Rules/**.cs) and the language data
(src/ReplyQuality/Languages/<lang>/RQxxx.txt: localised texts and the rule's own bad/good examples).
Run from the repository root after changing a rule: python3 docs/rules/generate.py"""
import glob, os, re

root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
rules = {}
for path in glob.glob(os.path.join(root, "src/ReplyQuality/Rules/**/*.cs"), recursive=True):
    src = open(path, encoding="utf-8").read()
    m = re.search(r'new\(\s*"(RQ\d+)", "([a-z-]+)", RuleCategory\.(\w+), Severity\.(\w+),\s*'
                  r'title: "((?:[^"\\]|\\.)*)",\s*messageFormat: "((?:[^"\\]|\\.)*)",\s*'
                  r'description: "((?:[^"\\]|\\.)*)",\s*suggestion: "((?:[^"\\]|\\.)*)"\)', src)
    if m:
        un = lambda s: s.replace('\\"', '"')
        rules[m.group(1)] = dict(id=m.group(1), name=m.group(2), category=m.group(3).lower(), severity=m.group(4).lower(),
                                 title=un(m.group(5)), description=un(m.group(7)), suggestion=un(m.group(8)),
                                 file=os.path.relpath(path, root),
                                 model_tag=(re.search(r'ModelTag => "([a-z-]+)"', src) or [None, None])[1],
                                 model_context="AllowsModelFinding" in src)

def data(lang, rid):
    p = os.path.join(root, f"src/ReplyQuality/Languages/{lang}/{rid}.txt")
    out = {"bad": [], "good": [], "sections": {}}
    if not os.path.exists(p):
        return out
    section = None
    for line in open(p, encoding="utf-8"):
        line = line.strip()
        if line.startswith("@bad "): out["bad"].append(line[5:])
        elif line.startswith("@good "): out["good"].append(line[6:])
        elif line.startswith("@section "): section = line.split()[1]; out["sections"][section] = 0
        elif line.startswith("@"):
            k, _, v = line[1:].partition(" "); out[k] = v
        elif line and not line.startswith("#") and section: out["sections"][section] += 1
    return out

family = {"1": "Tone", "2": "Ownership and deflection", "3": "What a good reply contains", "4": "Context"}
for rid, r in sorted(rules.items()):
    es, en = data("es", rid), data("en", rid)
    lines = [f"# {rid} {r['name']}", "",
             f"| | |", "|---|---|", f"| **Title** | {r['title']} |", f"| **Category** | {r['category']} ({family[rid[2]]}) |",
             f"| **Default severity** | {r['severity']} |", f"| **Implementation** | [`{os.path.basename(r['file'])}`](../../{r['file']}) |",
             f"| **Language data** | [es](../../src/ReplyQuality/Languages/es/{rid}.txt) · [en](../../src/ReplyQuality/Languages/en/{rid}.txt) |", "",
             "## What it catches and why", "", r["description"], ""]
    if es.get("why"):
        lines += [f"> **es:** {es['why']}", ""]
    if r["model_tag"]:
        if rid.startswith("RQ3"):
            model = (f"Besides its phrase lists, the embedded model looks for the element in every sentence (tag `{r['model_tag']}`): "
                     "a sentence it credits counts as present, except where the sentence holds one of the rule's `vague` or `except` phrases "
                     "or does something the guide warns against. When the element is missing and the model agrees, the finding's source is `both`.")
        else:
            model = (f"Besides its phrase lists, the embedded model tags every sentence of the agent's own words (tag `{r['model_tag']}`). "
                     "Phrases and model agreeing give source `both`; the model alone gives source `model`, the whole sentence as the span, its "
                     "calibrated probability as the confidence and, in the explanation, the words that weighed most. The model alone never "
                     "raises the rule on a sentence with one of the rule's `except` phrases or under three words"
                     + (", nor where the rule's own context clears the reply (see the implementation)." if r["model_context"] else "."))
        lines += ["## Found by", "", model, ""]
    lines += ["## How to fix it", "", r["suggestion"], ""]
    if es.get("fix"):
        lines += [f"> **es:** {es['fix']}", ""]
    for lang, d in (("English", en), ("Spanish", es)):
        if d["bad"] or d["good"]:
            lines += [f"## Examples ({lang})", ""]
            lines += [f"- ✗ {b}" for b in d["bad"]]
            lines += [f"- ✓ {g}" for g in d["good"]]
            lines += [""]
    lines += ["## Configure or suppress", "",
              "```csharp",
              f'options.DisableRules("{rid}");                       // turn it off',
              f'options.SetSeverity("{rid}", Severity.Error);         // change its severity']
    if rid not in ("RQ401", "RQ402", "RQ403"):
        lines.append(f'options.Rule("{rid}").AddPhrases("es", "…");          // more phrases, per language')
    lines += ["```", "",
              "In configuration: `\"ReplyQuality\": { \"Rules\": { \"" + rid + "\": { \"Enabled\": false, \"Severity\": \"Info\" } } }`.", "",
              "With `reply-lint`: `rules: { " + rid + ": off }` (or `error` / `warning` / `info`) in `.replylint.yaml`; for one reply, a",
              "`reply-lint-disable " + rid + "` comment in its file or `\"suppress\": [\"" + rid + "\"]` on its record; for a legacy set, `--baseline`.", ""]
    open(os.path.join(root, f"docs/rules/{rid}.md"), "w", encoding="utf-8").write("\n".join(lines))
print(f"wrote {len(rules)} rule pages")
