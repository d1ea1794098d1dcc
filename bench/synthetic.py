"""Deterministic synthetic playbooks: our input format and the same content as a Hugo site."""
import json
import os
import random
import shutil

ROLES = [
    ("politisk-niveau", "Politisk niveau"), ("direktion", "Direktion"), ("programejer", "Programejer"),
    ("programstyregruppe", "Programstyregruppe"), ("gevinstansvarlig", "Gevinstansvarlig (fagchef)"),
    ("programleder", "Programleder"), ("projektleder", "Projektleder"), ("fagspecialist", "Fagspecialist"),
    ("it-specialist", "It-specialist (it-repræsentant)"), ("systemejer", "Systemejer (it-organisation)"),
    ("indkoebsfunktion", "Indkøbsfunktion"),
]
PHASES = [("planlaegning", "Planlægning", "2015-06-15"), ("indkoeb", "Indkøb", "2015-10-01"),
          ("implementering", "Implementering", "2015-12-01")]
KINDS = ["ansvarlig", "udfører", "godkender", "deltager"]
WORDS = """programmet kommunen projektlederen programlederen fagområdet løsningen gevinsterne business
casen kravspecifikationen leverandøren programstyregruppen godkender udarbejder beskriver samler
forvaltningen medarbejderne arbejdsgange systemer processer opgaven digital selvbetjening borgerne
virksomheder kanalstrategi vision effekter planen detailplan indkøbsfasen implementeringsfasen
planlægningsfasen kontrakten tilbud prisen netværk kommuner erfaringer afhængigheder projekter
kommunikationsplan interessenter ressourcer økonomi omkostninger driften support undervisning test
ejerskab governance rapportering eskalering beslutning godkendelse leverance milepæl fase rolle
ansvar organisering overblik analyse forskelle nuværende fremtidige krav standarder rammearkitektur
og i på til for med af at der som skal kan bliver har er det den de en et om når så også""".split()


def sentence(rng, lo=8, hi=16):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    return " ".join(words).capitalize() + "."


def text_of_length(rng, length):
    out = []
    while sum(len(s) + 1 for s in out) < length:
        out.append(sentence(rng))
    return " ".join(out)


class Playbook:
    """The content model of one synthetic playbook, shared by both renderings."""

    def __init__(self, milestones, seed=4):
        rng = random.Random(seed)
        self.milestones = []
        per_phase = [0, 0, 0]
        for i in range(milestones):
            phase = min(2, i * 3 // milestones)
            per_phase[phase] += 1
            mid = f"m{i:05d}-" + "-".join(rng.choice(WORDS[:60]) for _ in range(2)).replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
            earlier = self.milestones[max(0, i - 20):i]
            deps = sorted({m["id"] for m in rng.sample(earlier, min(len(earlier), rng.randint(1, 3)))}) if earlier else []
            roles = rng.sample(ROLES, rng.randint(2, 5))
            self.milestones.append({
                "id": mid,
                "title": sentence(rng, 4, 9)[:-1],
                "phase": PHASES[phase][0],
                "phase_index": phase,
                "order": per_phase[phase],
                "summary": sentence(rng, 12, 20),
                "deliverables": [{"id": f"{mid}-l{j}", "text": sentence(rng, 6, 12)} for j in range(rng.randint(1, 2))],
                "responsibilities": [{"role": r[0], "kind": rng.choice(KINDS), "note": sentence(rng, 8, 14)} for r in roles],
                "depends_on": deps,
                "paragraphs": [text_of_length(rng, rng.randint(200, 400)) for _ in range(rng.randint(2, 4))],
                "links": [m["id"] for m in rng.sample(earlier, min(len(earlier), 2))],
                "role_link": rng.choice(ROLES)[0],
            })
        self.by_id = {m["id"]: m for m in self.milestones}

    def file_name(self, m):
        return f"{m['phase_index'] + 1}-{m['order']:04d}-{m['id']}.md"


def yaml_str(value):
    return json.dumps(value, ensure_ascii=False)


def front_matter(m, extra=""):
    lines = ["---", f"id: {m['id']}", f"title: {yaml_str(m['title'])}", f"phase: {m['phase']}",
             f"order: {m['order']}", f"summary: {yaml_str(m['summary'])}", "deliverables:"]
    for d in m["deliverables"]:
        lines += [f"  - id: {d['id']}", f"    text: {yaml_str(d['text'])}"]
    lines.append("responsibilities:")
    for r in m["responsibilities"]:
        lines += [f"  - role: {r['role']}", f"    kind: {r['kind']}", f"    note: {yaml_str(r['note'])}"]
    lines.append("depends_on:" + ("" if m["depends_on"] else " []"))
    lines += [f"  - {d}" for d in m["depends_on"]]
    return "\n".join(lines) + extra + "\n---\n"


def body(m, link_target, role_target):
    paragraphs = list(m["paragraphs"])
    links = " og ".join(f"[{t}]({link_target(t)})" for t in m["links"])
    if links:
        paragraphs[0] += f" Se også {links}."
    paragraphs[-1] += f" Læs om [rollen]({role_target(m['role_link'])})."
    return "\n\n".join(paragraphs[:1] + ["## Fremgangsmåde"] + paragraphs[1:]) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def write_ours(book, root):
    shutil.rmtree(root, ignore_errors=True)
    write(f"{root}/site.yml", "title: Syntetisk drejebog\ndescription: Benchmark.\nbase_url: https://example.invalid\n"
          "organisation: Bench\nrepository: https://example.invalid/repo\n")
    write(f"{root}/index.md", "---\ntitle: Syntetisk drejebog\nsummary: Benchmark.\nlayout: forside\n---\nVelkommen.\n")
    write(f"{root}/organisering.md", "---\ntitle: Organisering\nsummary: Roller.\nlayout: organisering\nnav_order: 2\n---\nRoller.\n")
    write(f"{root}/om-drejebogen.md", "---\ntitle: Om drejebogen\nsummary: Om.\nnav_order: 1\n---\nOm drejebogen.\n")
    for n, (pid, title, ends) in enumerate(PHASES, 1):
        starts = "starts: 2015-03-01\n" if n == 1 else ""
        write(f"{root}/faser/{pid}.md", f"---\nid: {pid}\nnumber: {n}\ntitle: {title}\n{starts}ends: {ends}\nsummary: Fase {n}.\n"
              f"key_tasks:\n  - Opgave.\nclosing: Fasen er slut.\n---\nIntro til fasen.\n")
    for n, (rid, title) in enumerate(ROLES, 1):
        write(f"{root}/roller/{rid}.md", f"---\nid: {rid}\ntitle: {yaml_str(title)}\norder: {n}\nsummary: Rollen {rid}.\n---\nOm rollen.\n")
    names = {m["id"]: book.file_name(m) for m in book.milestones}
    for m in book.milestones:
        write(f"{root}/milepaele/{names[m['id']]}",
              front_matter(m) + body(m, lambda t: names[t], lambda r: f"../roller/{r}.md"))


HUGO_CONFIG = """baseURL = "https://example.invalid/"
languageCode = "da"
title = "Syntetisk drejebog"
disableKinds = ["RSS", "taxonomy"]
ignoreErrors = ["error-disable-taxonomy"]
[taxonomies]
  rolle = "roller"
[markup.goldmark.parser.attribute]
  block = true
[markup.tableOfContents]
  startLevel = 2
  endLevel = 2
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ site.Title }}</title><meta name="description" content="{{ .Params.summary }}">
<link rel="canonical" href="{{ .Permalink }}"><link rel="stylesheet" href="/assets/dkfds/css/dkfds.css"><link rel="stylesheet" href="/assets/css/site.css">
<script type="module" src="/assets/js/site.js"></script></head><body>
<a class="skipnav" href="#main">Gå til sidens indhold</a>
<header class="header"><div class="solution-info"><a href="/">{{ site.Title }}</a></div>
<nav class="nav" aria-label="Hovedmenu"><ul class="mainmenu">{{ $current := . }}
{{ range (site.GetPage "/faser").Pages.ByParam "number" }}<li{{ if eq $current.Params.phase .Params.id }} class="active"{{ end }}><a class="nav-link" href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
<li><a class="nav-link" href="/milepaele/">Milepæle</a></li></ul></nav></header>
<div class="container"><main id="main">{{ block "main" . }}{{ end }}</main></div>
<footer class="footer">{{ site.Title }}</footer></body></html>
""",
    "milepaele/single.html": """{{ define "main" }}{{ $phase := site.GetPage (printf "/faser/%s" .Params.phase) }}
<nav class="breadcrumbs" aria-label="Brødkrumme"><ol><li><a href="/">Forside</a></li><li><a href="{{ $phase.RelPermalink }}">{{ $phase.Title }}</a></li><li aria-current="page">{{ .Title }}</li></ol></nav>
<p class="subheading">Fase {{ $phase.Params.number }}: <a href="{{ $phase.RelPermalink }}">{{ $phase.Title }}</a></p>
<h1>{{ $phase.Params.number }}.{{ .Params.order }} {{ .Title }}</h1><p class="font-lead">{{ .Params.summary }}</p>
<nav class="toc" aria-label="Indhold på siden">{{ .TableOfContents }}</nav>
{{ .Content }}
<h2 id="leverancer">Leverancer</h2><ul class="deliverables">{{ range .Params.deliverables }}<li id="leverance-{{ .id }}" data-deliverable="{{ .id }}">{{ .text }}</li>{{ end }}</ul>
<h2 id="ansvar">Ansvar</h2><table class="table"><caption>Roller og ansvar</caption><thead><tr><th scope="col">Rolle</th><th scope="col">Ansvar</th><th scope="col">Bemærkning</th></tr></thead><tbody>
{{ range .Params.responsibilities }}{{ $role := site.GetPage (printf "/roller/%s" .role) }}<tr><th scope="row"><a href="{{ $role.RelPermalink }}">{{ $role.Title }}</a></th><td>{{ .kind }}</td><td>{{ .note }}</td></tr>{{ end }}
</tbody></table>
<h2 id="forudsaetter">Forudsætter</h2><ul>{{ range .Params.depends_on }}{{ with site.GetPage (printf "/milepaele/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>
<nav aria-label="Forrige og næste milepæl">{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
{{ end }}""",
    "faser/single.html": """{{ define "main" }}{{ $id := .Params.id }}
<h1>Fase {{ .Params.number }}: {{ .Title }}</h1>{{ .Content }}
{{ range where (site.GetPage "/milepaele").Pages "Params.phase" $id }}<h3><a href="{{ .RelPermalink }}">{{ .Params.order }} {{ .Title }}</a></h3><p>{{ .Params.summary }}</p>
<ul>{{ range .Params.deliverables }}<li data-deliverable="{{ .id }}">{{ .text }}</li>{{ end }}</ul>{{ end }}
{{ end }}""",
    "_default/term.html": """{{ define "main" }}{{ $role := .Data.Term }}
<h1>{{ .Title }}</h1>{{ .Content }}
<table class="table"><tbody>{{ range .Pages }}{{ $m := . }}{{ range .Params.responsibilities }}{{ if eq .role $role }}<tr><th scope="row"><a href="{{ $m.RelPermalink }}">{{ $m.Title }}</a></th><td>{{ .kind }}</td><td>{{ .note }}</td></tr>{{ end }}{{ end }}{{ end }}</tbody></table>
{{ end }}""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<table class="table"><tbody>{{ range .Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ range .Params.deliverables }}{{ .text }} {{ end }}</td></tr>{{ end }}</tbody></table>{{ end }}""",
    "_default/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}""",
    "index.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>{{ .Content }}
{{ range (site.GetPage "/faser").Pages.ByParam "number" }}<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>{{ end }}{{ end }}""",
    "_default/_markup/render-link.html": """{{ $dest := .Destination }}{{ if strings.HasSuffix $dest ".md" }}{{ with $.Page.GetPage (strings.TrimSuffix ".md" $dest) }}{{ $dest = .RelPermalink }}{{ end }}{{ end }}<a href="{{ $dest }}">{{ .Text | safeHTML }}</a>""",
    "_default/_markup/render-heading.html": """<h{{ .Level }} id="{{ .Anchor }}">{{ .Text | safeHTML }}<a class="heading-anchor" href="#{{ .Anchor }}"><span class="sr-only">Link til afsnittet</span></a></h{{ .Level }}>""",
}


def write_hugo(book, root, static_from):
    shutil.rmtree(root, ignore_errors=True)
    write(f"{root}/config.toml", HUGO_CONFIG)
    for path, text in HUGO_LAYOUTS.items():
        write(f"{root}/layouts/{path}", text)
    write(f"{root}/content/_index.md", "---\ntitle: Syntetisk drejebog\n---\nVelkommen.\n")
    write(f"{root}/content/faser/_index.md", "---\ntitle: Faser\n---\n")
    for n, (pid, title, _) in enumerate(PHASES, 1):
        write(f"{root}/content/faser/{pid}.md", f"---\nid: {pid}\nnumber: {n}\ntitle: {title}\n---\nIntro til fasen.\n")
    for rid, title in ROLES:
        write(f"{root}/content/roller/{rid}/_index.md", f"---\ntitle: {yaml_str(title)}\n---\nOm rollen.\n")
    write(f"{root}/content/milepaele/_index.md", "---\ntitle: Milepæle\n---\n")
    for m in book.milestones:
        roles = "\nroller: [" + ", ".join(sorted({r["role"] for r in m["responsibilities"]})) + "]"
        write(f"{root}/content/milepaele/{m['id']}.md",
              front_matter(m, roles) + body(m, lambda t: f"{t}.md", lambda r: f"/roller/{r}/"))
    if static_from:
        shutil.copytree(static_from, f"{root}/static/assets")
