"""Benchmark sites made from the real playbook: its 32 milestones replicated to the size asked for.

Every copy keeps the real Danish text, front matter, deliverables, responsibilities, resources and
links; copy k (k ≥ 1) gets `-k<k>` after every milestone id, deliverable id and milestone file name,
its orders moved past the earlier copies', and its links to milestones pointed at its own copy. The
rest of `input/` (front page, about, organisation, phases, roles, appendices, site.yml) is the real
one. Sizes are rounded up to whole copies (50 → 64, 500 → 512, 5,000 → 5,024), because a milestone
links forward as well as back and a partial copy would hold broken links.

The same content is written as a Hugo site with templates of comparable weight (bench/README.md).
"""
import math
import os
import re
import shutil

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
INPUT = os.path.join(ROOT, "input")
MILESTONES = "milepaele"
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.S)


class Milestone:
    def __init__(self, file_name, text):
        match = FRONT_MATTER.match(text)
        if not match:
            raise SystemExit(f"{file_name}: no front matter")
        self.file_name = file_name
        self.front, self.body = match.group(1), match.group(2)
        self.id = re.search(r"^id: (\S+)$", self.front, re.M).group(1)
        self.phase = re.search(r"^phase: (\S+)$", self.front, re.M).group(1)
        self.order = int(re.search(r"^order: (\d+)$", self.front, re.M).group(1))


def real_milestones():
    folder = os.path.join(INPUT, MILESTONES)
    return [Milestone(name, read(os.path.join(folder, name))) for name in sorted(os.listdir(folder)) if name.endswith(".md")]


def copies_for(milestones_wanted, per_copy=32):
    return max(1, math.ceil(milestones_wanted / per_copy))


class Replica:
    """Copy k of the real milestones: ids, file names and orders made unique, links kept inside the copy."""

    def __init__(self, milestones, k):
        self.k = k
        self.milestones = milestones
        self.ids = {m.id for m in milestones}
        self.deliverable_ids = set()
        for m in milestones:
            self.deliverable_ids.update(re.findall(r"^  - id: (\S+)$", m.front, re.M))
        self.stems = {m.file_name[:-3] for m in milestones}
        self.per_phase = {}
        for m in milestones:
            self.per_phase[m.phase] = max(self.per_phase.get(m.phase, 0), m.order)

    def suffix(self, name):
        return name if self.k == 0 else f"{name}-k{self.k}"

    def file_name(self, m):
        return self.suffix(m.file_name[:-3]) + ".md"

    def front(self, m):
        front = m.front
        front = re.sub(r"^id: (\S+)$", lambda x: f"id: {self.suffix(x.group(1))}", front, flags=re.M)
        front = re.sub(r"^order: (\d+)$", lambda x: f"order: {int(x.group(1)) + self.k * self.per_phase[m.phase]}", front, flags=re.M)
        front = re.sub(r"^  - id: (\S+)$", lambda x: f"  - id: {self.suffix(x.group(1))}", front, flags=re.M)
        # depends_on entries are bare milestone ids on their own lines.
        front = re.sub(r"^  - (\S+)$", lambda x: f"  - {self.suffix(x.group(1)) if x.group(1) in self.ids else x.group(1)}", front, flags=re.M)
        if self.k:
            front = re.sub(r"^title: (.*)$", lambda x: f"title: {retitle(x.group(1), self.k)}", front, count=1, flags=re.M)
        return front

    def body(self, m):
        # Links between milestones are file names in the same folder, with or without a fragment.
        return re.sub(r"\]\(([^)/#]+)\.md", lambda x: f"]({self.suffix(x.group(1)) if x.group(1) in self.stems else x.group(1)}.md", m.body)


def retitle(title, k):
    quoted = title.startswith('"')
    inner = title[1:-1] if quoted else title
    return f'"{inner} (kopi {k})"' if quoted else f"{inner} (kopi {k})"


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def write_ours(milestones_wanted, root):
    """Our input folder: the real input/ with the milestones replicated. Returns the milestone count."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(INPUT, root)
    real = real_milestones()
    copies = copies_for(milestones_wanted, len(real))
    for k in range(1, copies):
        replica = Replica(real, k)
        for m in real:
            write(os.path.join(root, MILESTONES, replica.file_name(m)), f"---\n{replica.front(m)}\n---\n{replica.body(m)}")
    return copies * len(real)


HUGO_CONFIG = """baseURL = "https://example.invalid/"
languageCode = "da"
title = "Drejebog for implementering af bølgeplanen"
disableKinds = ["RSS", "taxonomy", "term"]
[markup.goldmark.parser.attribute]
  block = true
  title = true
[markup.tableOfContents]
  startLevel = 2
  endLevel = 3
"""

# Comparable work to our layouts: header menu, breadcrumbs, table of contents, deliverables, a
# responsibilities table with role links, dependency links, resources, previous/next on every
# milestone; each phase lists its milestones; each role lists every milestone it has a duty in;
# the overview and the matrix list all milestones.
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
<li><a class="nav-link" href="/milepaele/">Milepæle</a></li><li><a class="nav-link" href="/ansvar/">Roller og milepæle</a></li></ul></nav></header>
<div class="container"><main id="main">{{ block "main" . }}{{ end }}</main></div>
<footer class="footer">{{ site.Title }}</footer></body></html>
""",
    "milepaele/single.html": """{{ define "main" }}{{ $phase := site.GetPage (printf "/faser/%s" .Params.phase) }}
<nav class="breadcrumbs" aria-label="Brødkrumme"><ol><li><a href="/">Forside</a></li><li><a href="{{ $phase.RelPermalink }}">{{ $phase.Title }}</a></li><li aria-current="page">{{ .Title }}</li></ol></nav>
<p class="subheading">Fase {{ $phase.Params.number }}: <a href="{{ $phase.RelPermalink }}">{{ $phase.Title }}</a></p>
<h1>{{ $phase.Params.number }}.{{ .Params.order }} {{ .Title }}</h1><p class="font-lead">{{ .Params.summary }}</p>
<nav class="toc" aria-label="Indhold på siden">{{ .TableOfContents }}</nav>
{{ .Content }}
<h2 id="leverancer">Leverancer</h2><ul class="deliverables">{{ range .Params.deliverables }}<li id="leverance-{{ .id }}"><label><input type="checkbox" data-deliverable="{{ .id }}"> {{ .text }}</label></li>{{ end }}</ul>
<h2 id="ansvar">Ansvar</h2><table class="table"><caption>Roller og ansvar</caption><thead><tr><th scope="col">Rolle</th><th scope="col">Ansvar</th><th scope="col">Bemærkning</th></tr></thead><tbody>
{{ range .Params.responsibilities }}{{ $role := site.GetPage (printf "/roller/%s" .role) }}<tr><th scope="row"><a href="{{ $role.RelPermalink }}">{{ $role.Title }}</a></th><td>{{ .kind }}</td><td>{{ .note }}</td></tr>{{ end }}
</tbody></table>
{{ with .Params.depends_on }}<h2 id="forudsaetter">Bygger på</h2><ul>{{ range . }}{{ with site.GetPage (printf "/milepaele/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>{{ end }}
{{ with .Params.resources }}<h2 id="redskaber">Redskaber</h2><ul>{{ range . }}<li>{{ .title }}{{ with .note }}: {{ . }}{{ end }}</li>{{ end }}</ul>{{ end }}
<nav aria-label="Forrige og næste milepæl">{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
{{ end }}""",
    "faser/single.html": """{{ define "main" }}{{ $id := .Params.id }}
<h1>Fase {{ .Params.number }}: {{ .Title }}</h1><p class="font-lead">{{ .Params.summary }}</p>
<ul>{{ range .Params.key_tasks }}<li>{{ . }}</li>{{ end }}</ul>{{ .Content }}
{{ range (where (site.GetPage "/milepaele").Pages "Params.phase" $id).ByParam "order" }}<h3><a href="{{ .RelPermalink }}">{{ .Params.order }} {{ .Title }}</a></h3><p>{{ .Params.summary }}</p>
<ul>{{ range .Params.deliverables }}<li>{{ .text }}</li>{{ end }}</ul>{{ end }}
<ul>{{ range .Params.tools }}<li>{{ .title }}{{ with .note }}: {{ . }}{{ end }}</li>{{ end }}</ul>
{{ end }}""",
    "roller/single.html": """{{ define "main" }}{{ $role := .Params.id }}
<h1>{{ .Title }}</h1><p class="font-lead">{{ .Params.summary }}</p>{{ .Content }}
<table class="table"><caption>Milepæle med ansvar for rollen</caption><tbody>{{ range (site.GetPage "/milepaele").Pages }}{{ $m := . }}{{ range .Params.responsibilities }}{{ if eq .role $role }}<tr><th scope="row"><a href="{{ $m.RelPermalink }}">{{ $m.Title }}</a></th><td>{{ .kind }}</td><td>{{ .note }}</td></tr>{{ end }}{{ end }}{{ end }}</tbody></table>
{{ end }}""",
    "milepaele/list.html": """{{ define "main" }}<h1>Milepæle</h1>
<table class="table"><thead><tr><th scope="col">Milepæl</th><th scope="col">Fase</th><th scope="col">Leverancer</th><th scope="col">Ansvarlige</th></tr></thead><tbody>
{{ range .Pages }}<tr><th scope="row"><a href="{{ .RelPermalink }}">{{ .Title }}</a></th><td>{{ .Params.phase }}</td><td>{{ range .Params.deliverables }}{{ .text }} {{ end }}</td><td>{{ range .Params.responsibilities }}{{ if eq .kind "ansvarlig" }}{{ .role }} {{ end }}{{ end }}</td></tr>{{ end }}</tbody></table>{{ end }}""",
    "_default/matrix.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ $roles := (site.GetPage "/roller").Pages.ByParam "order" }}
<table class="table"><thead><tr><th scope="col">Milepæl</th>{{ range $roles }}<th scope="col">{{ .Title }}</th>{{ end }}</tr></thead><tbody>
{{ range (site.GetPage "/milepaele").Pages }}{{ $m := . }}<tr><th scope="row"><a href="{{ .RelPermalink }}">{{ .Title }}</a></th>{{ range $roles }}{{ $r := .Params.id }}<td>{{ range $m.Params.responsibilities }}{{ if eq .role $r }}{{ .kind }}{{ end }}{{ end }}</td>{{ end }}</tr>{{ end }}</tbody></table>{{ end }}""",
    # The whole playbook on one page, as ours makes /hele-drejebogen/: contents, then every phase with
    # its milestones (text, deliverables, responsibilities, dependencies), the roles and the rest.
    "_default/whole.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ $phases := (site.GetPage "/faser").Pages.ByParam "number" }}{{ $all := (site.GetPage "/milepaele").Pages }}
<nav class="whole-toc"><ol>{{ range $phases }}{{ $id := .Params.id }}<li><a href="#fase-{{ $id }}">{{ .Title }}</a><ol>{{ range (where $all "Params.phase" $id).ByParam "order" }}<li><a href="#milepael-{{ .Params.id }}">{{ .Title }}</a></li>{{ end }}</ol></li>{{ end }}</ol></nav>
{{ range $phases }}{{ $id := .Params.id }}<section id="fase-{{ $id }}"><h2>{{ .Title }}</h2><p class="font-lead">{{ .Params.summary }}</p>{{ .Content }}
{{ range (where $all "Params.phase" $id).ByParam "order" }}<section id="milepael-{{ .Params.id }}"><h3>{{ .Title }}</h3><p class="font-lead">{{ .Params.summary }}</p>{{ .Content }}
<h4>Leverancer</h4><ul>{{ range .Params.deliverables }}<li>{{ .text }}</li>{{ end }}</ul>
<h4>Ansvar</h4><table class="table"><tbody>{{ range .Params.responsibilities }}{{ $role := site.GetPage (printf "/roller/%s" .role) }}<tr><th scope="row"><a href="#rolle-{{ .role }}">{{ $role.Title }}</a></th><td>{{ .kind }}</td><td>{{ .note }}</td></tr>{{ end }}</tbody></table>
{{ with .Params.depends_on }}<h4>Forudsætter</h4><ul>{{ range . }}<li><a href="#milepael-{{ . }}">{{ . }}</a></li>{{ end }}</ul>{{ end }}</section>{{ end }}</section>{{ end }}
<section id="roller"><h2>Roller</h2>{{ range (site.GetPage "/roller").Pages.ByParam "order" }}<section id="rolle-{{ .Params.id }}"><h3>{{ .Title }}</h3><p class="font-lead">{{ .Params.summary }}</p>{{ .Content }}</section>{{ end }}</section>{{ end }}""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}""",
    "_default/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1><p class="font-lead">{{ .Params.summary }}</p><nav class="toc" aria-label="Indhold på siden">{{ .TableOfContents }}</nav>{{ .Content }}{{ end }}""",
    "index.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>{{ .Content }}
{{ range (site.GetPage "/faser").Pages.ByParam "number" }}<h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Params.summary }}</p>{{ end }}{{ end }}""",
    # Links to Markdown files are resolved to the page's URL, as ours does.
    "_default/_markup/render-link.html": """{{ $dest := .Destination }}{{ $u := urls.Parse $dest }}{{ if and (not $u.Scheme) (strings.HasSuffix $u.Path ".md") }}{{ with $.Page.GetPage (strings.TrimSuffix ".md" $u.Path) }}{{ $dest = .RelPermalink }}{{ with $u.Fragment }}{{ $dest = printf "%s#%s" $dest . }}{{ end }}{{ else }}{{ errorf "%s: broken link %s" $.Page.File.Path $u.Path }}{{ end }}{{ end }}<a href="{{ $dest }}">{{ .Text | safeHTML }}</a>""",
    "_default/_markup/render-heading.html": """<h{{ .Level }} id="{{ .Anchor }}">{{ .Text | safeHTML }}<a class="heading-anchor" href="#{{ .Anchor }}"><span class="sr-only">Link til afsnittet</span></a></h{{ .Level }}>""",
}


def hugo_front(front):
    # Our `layout` names one of our layouts; Hugo would look for a layout of that name.
    return re.sub(r"^layout: .*\n?", "", front, flags=re.M)


MILESTONE_LINK = re.compile(r"\]\(((?:(?:\.\./)?milepaele/)?)([^)/#]+)\.md")


def write_hugo(ours_input, root, static_from):
    """The same content as a Hugo site: our input files as Hugo content, plus layouts.

    Milestone files are named by their id, so a dependency (an id) is one GetPage in Hugo, as it is
    one dictionary lookup in ours; links to them are rewritten from file names to ids to match.
    """
    shutil.rmtree(root, ignore_errors=True)
    milestone_folder = os.path.join(ours_input, MILESTONES)
    ids = {name[:-3]: re.search(r"^id: (\S+)$", read(os.path.join(milestone_folder, name)), re.M).group(1) for name in os.listdir(milestone_folder)}
    write(os.path.join(root, "config.toml"), HUGO_CONFIG)
    for path, text in HUGO_LAYOUTS.items():
        write(os.path.join(root, "layouts", path), text)
    content = os.path.join(root, "content")
    for folder, _, files in os.walk(ours_input):
        for name in files:
            if not name.endswith(".md"):
                continue
            relative = os.path.relpath(os.path.join(folder, name), ours_input)
            target = "_index.md" if relative == "index.md" else relative
            if relative.startswith(MILESTONES + "/"):
                target = f"{MILESTONES}/{ids[name[:-3]]}.md"
            match = FRONT_MATTER.match(read(os.path.join(folder, name)))
            body = MILESTONE_LINK.sub(lambda x: f"]({x.group(1)}{ids.get(x.group(2), x.group(2))}.md", match.group(2))
            write(os.path.join(content, target), f"---\n{hugo_front(match.group(1))}\n---\n{body}")
    for section, title in (("faser", "Faser"), ("roller", "Roller"), ("milepaele", "Milepæle"), ("bilag", "Bilag")):
        write(os.path.join(content, section, "_index.md"), f"---\ntitle: {title}\n---\n")
    write(os.path.join(content, "ansvar.md"), "---\ntitle: Roller og milepæle\nlayout: matrix\n---\n")
    write(os.path.join(content, "hele-drejebogen.md"), "---\ntitle: Hele drejebogen\nlayout: whole\n---\n")
    if static_from:
        shutil.copytree(static_from, os.path.join(root, "static", "assets"))
