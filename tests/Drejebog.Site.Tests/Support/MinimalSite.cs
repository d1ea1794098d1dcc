namespace Drejebog.Site.Tests.Support;

/// <summary>
/// The baseline test site of <see cref="TestSite.Minimal"/>, and further phases, milestones and
/// roles in the same shape for tests that need more of them: the one place that knows what a
/// valid content file needs, so a new required front-matter field changes only this file. The
/// layouts are tiny on purpose: they show the variables the tests look for and nothing else (they
/// are not the real theme).
/// </summary>
internal static class MinimalSite
{
    /// <summary>
    /// A milestone of phase 1 (<c>planlaegning</c>) in <c>input/milepaele/1-&lt;order&gt;-&lt;id&gt;.md</c>
    /// (or <paramref name="file"/>), valid next to the baseline: <c>programleder</c> performs it,
    /// and each deliverable id gets a text.
    /// </summary>
    public static string Milestone(string id, int order, string? dependsOn = null, string? file = null, IReadOnlyList<string>? deliverables = null, string body = "") => $"""
        -- {file ?? $"input/milepaele/1-{order:00}-{id}.md"} --
        ---
        id: {id}
        title: Milepæl {id}
        phase: planlaegning
        order: {order}
        summary: Milepælen {id}.
        deliverables:
        {string.Join("\n", (deliverables ?? [$"{id}-leveret"]).Select(d => $"  - id: {d}\n    text: {d} er leveret."))}
        responsibilities:
          - role: programleder
            kind: udfører
        {(dependsOn is null ? "" : $"depends_on:\n  - {dependsOn}\n")}---
        {body}
        """;

    /// <summary>
    /// A phase in <c>input/faser/&lt;id&gt;.md</c>, valid next to the baseline if its number is not 1:
    /// it ends on 1 December of 2014 + its number, after the baseline's phase 1 (15 June 2015).
    /// </summary>
    public static string Phase(string id, int number, string body = "") => $"""
        -- input/faser/{id}.md --
        ---
        id: {id}
        number: {number}
        title: Fase {id}
        ends: {2014 + number}-12-01
        summary: Fasen {id}.
        key_tasks:
          - Gør det, fasen {id} handler om.
        closing: Fasen {id} er afsluttet.
        ---
        {body}
        """;

    /// <summary>A glossary term in <c>input/ordliste/&lt;id&gt;.md</c> whose title is <paramref name="title"/>, with these variants.</summary>
    public static string Term(string id, string title, IReadOnlyList<string>? variants = null, string body = "") => $"""
        -- input/ordliste/{id}.md --
        ---
        id: {id}
        title: {title}
        definition: Forklaringen af {title}.
        {(variants is null ? "" : $"variants: [{string.Join(", ", variants)}]\n")}---
        {body}
        """;

    /// <summary>A role in <c>input/roller/&lt;id&gt;.md</c> that reports to <c>programleder</c>; no milestone names it yet.</summary>
    public static string Role(string id, int order, string body = "") => $"""
        -- input/roller/{id}.md --
        ---
        id: {id}
        title: Rolle {id}
        order: {order}
        summary: Rollen {id}.
        reports_to: programleder
        ---
        {body}
        """;

    public const string Text = """
        -- input/site.yml --
        title: Testdrejebog
        description: En lille drejebog til test.
        base_url: https://test.example
        organisation: Testkommunen
        repository: https://github.com/test/drejebog
        accessibility_statement: https://tilgaengelighed.test.example/drejebog
        -- input/index.md --
        ---
        title: Forside
        summary: Forsiden af testdrejebogen.
        layout: forside
        nav_order: 1
        ---
        Velkommen til testdrejebogen. Læs [om drejebogen](om.md).
        -- input/om.md --
        ---
        title: Om drejebogen
        summary: Hvad drejebogen er.
        nav_order: 2
        ---
        Drejebogen beskriver et program.
        -- input/faser/planlaegning.md --
        ---
        id: planlaegning
        number: 1
        title: Planlægning
        starts: 2015-03-01
        ends: 2015-06-15
        summary: Kommunen planlægger programmet.
        key_tasks:
          - Planlæg programmet.
        closing: Planen er godkendt.
        ---
        Fasen handler om planlægning.
        -- input/roller/programejer.md --
        ---
        id: programejer
        title: Programejer
        order: 1
        summary: Ejer programmet.
        ---
        Programejeren ejer programmet.
        -- input/roller/programleder.md --
        ---
        id: programleder
        title: Programleder
        order: 2
        summary: Leder programmet.
        reports_to: programejer
        ---
        Programlederen leder programmet.
        -- input/milepaele/1-01-start.md --
        ---
        id: start
        title: Programmet er startet
        phase: planlaegning
        order: 1
        summary: Programmet går i gang.
        deliverables:
          - id: start-besluttet
            text: Start er besluttet.
        responsibilities:
          - role: programejer
            kind: ansvarlig
        ---
        Programmet starter her.
        -- input/milepaele/1-02-plan.md --
        ---
        id: plan
        title: Planen er lagt
        phase: planlaegning
        order: 2
        summary: Planen er klar.
        deliverables:
          - id: plan-godkendt
            text: Planen er godkendt.
        responsibilities:
          - role: programleder
            kind: udfører
            note: Skriver planen.
        depends_on:
          - start
        ---
        Planen bygger på starten.
        -- theme/layouts/base.liquid --
        <!DOCTYPE html>
        <html lang="da">
        <head><meta charset="utf-8"><title>{{ page.title }} – {{ site.title }}</title>
        <link rel="stylesheet" href="{{ 'css/site.css' | asset_url }}"></head>
        <body>
        <nav class="menu">{% for item in site.nav %}<a href="{{ item.url }}">{{ item.title }}</a> {% endfor %}</nav>
        <main id="main">
        {%- if page.is_draft %}<p class="draft-notice">Kilden mangler.</p>{% endif %}
        {{ content_main | raw }}
        {%- if page.terms.size > 0 %}<dl class="page-terms">{% for t in page.terms %}<dt><a href="{{ t.url }}">{{ t.title }}</a></dt><dd id="{{ t.definition_id }}">{{ t.definition }}</dd>{% endfor %}</dl>{% endif %}
        </main>
        <footer><a href="/ordliste/">Ordliste</a></footer>
        </body>
        </html>
        -- theme/assets/css/site.css --
        .lead { font-weight: bold; }
        -- theme/assets/js/site.js --
        import { start } from './start.js';
        start();
        -- theme/assets/js/start.js --
        export function start() {}
        -- theme/partials/lead.liquid --
        <p class="lead">{{ text }}</p>
        -- theme/layouts/forside.liquid --
        <h1>{{ page.title }}</h1>
        {% render 'lead', text: page.summary %}
        {{ content | raw }}
        <ul class="phases">{% for phase in site.phases %}<li><a href="{{ phase.url }}">{{ phase.title }}</a></li>{% endfor %}</ul>
        -- theme/layouts/side.liquid --
        <h1>{{ page.title }}</h1>
        {% render 'lead', text: page.summary %}
        <nav class="toc" aria-labelledby="toc-title" data-toc></nav>
        {{ content | raw }}
        -- theme/layouts/om.liquid --
        <h1>{{ page.title }}</h1>
        <ol class="phase-plan">{% for p in site.phase_plan.phases %}<li><a href="{{ p.phase.url }}">{{ p.phase.title }}</a> {{ p.phase.starts }}–{{ p.phase.ends }}</li>{% endfor %}</ol>
        {{ content | raw }}
        -- theme/layouts/organisering.liquid --
        <h1>{{ page.title }}</h1>
        {{ content | raw }}
        <ul class="roles">{% for role in site.roles %}<li><a href="{{ role.url }}">{{ role.title }}</a></li>{% endfor %}</ul>
        -- theme/layouts/fase.liquid --
        <h1>Fase {{ phase.number }}: {{ phase.title }}</h1>
        {% render 'lead', text: phase.summary %}
        {{ content | raw }}
        <ol class="milestones">{% for m in phase.milestones %}<li><a href="{{ m.url }}">{{ m.number }} {{ m.title }}</a></li>{% endfor %}</ol>
        -- theme/layouts/milepael.liquid --
        <h1>{{ milestone.number }} {{ milestone.title }}</h1>
        {% render 'lead', text: milestone.summary %}
        {{ content | raw }}
        <ul class="deliverables">{% for d in milestone.deliverables %}<li id="leverance-{{ d.id }}">{{ d.text }}</li>{% endfor %}</ul>
        <table class="responsibilities">{% for r in milestone.responsibilities %}<tr><th><a href="{{ r.role.url }}">{{ r.role.title }}</a></th><td>{{ r.kind_label }}</td><td>{% for n in r.notes %}{{ n.text }}{% endfor %}</td></tr>{% endfor %}</table>
        <h2 id="forudsaetter">Forudsætter</h2>
        <ul class="depends-on">{% for m in milestone.depends_on %}<li><a href="{{ m.url }}">{{ m.title }}</a></li>{% endfor %}</ul>
        <h2 id="er-forudsaetning-for">Er forudsætning for</h2>
        <ul class="required-by">{% for m in milestone.required_by %}<li><a href="{{ m.url }}">{{ m.title }}</a></li>{% endfor %}</ul>
        -- theme/layouts/rolle.liquid --
        <h1>{{ role.title }}</h1>
        {% render 'lead', text: role.summary %}
        {{ content | raw }}
        {% for pd in role.phase_duties %}<h2>{{ pd.phase.title }}</h2><ul>{% for d in pd.duties %}<li><a href="{{ d.milestone.url }}">{{ d.milestone.title }}</a> {{ d.kind_label }}</li>{% endfor %}</ul>{% endfor %}
        -- theme/layouts/begreb.liquid --
        <h1>{{ term.title }}</h1>
        <p class="definition">{{ term.definition }}</p>
        {{ content | raw }}
        <ul class="used-on">{% for p in term.used_on %}<li><a href="{{ p.url }}">{{ p.title }}</a></li>{% endfor %}</ul>
        -- theme/layouts/ordliste.liquid --
        <h1>Ordliste</h1>
        {% for letter in glossary.letters %}<h2 id="{{ letter.anchor }}">{{ letter.letter }}</h2><dl>{% for t in letter.terms %}<dt id="{{ t.id }}">{{ t.title }}</dt><dd>{{ t.definition }} <a href="{{ t.url }}">Mere</a></dd>{% endfor %}</dl>{% endfor %}
        -- theme/layouts/oversigt.liquid --
        <h1>Milepæle</h1>
        {% for phase in site.phases %}<h2 id="fase-{{ phase.id }}">{{ phase.title }}</h2><ul>{% for m in phase.milestones %}<li><a href="{{ m.url }}">{{ m.number }} {{ m.title }}</a></li>{% endfor %}</ul>{% endfor %}
        -- theme/layouts/ansvarsmatrix.liquid --
        <h1>{{ page.title }}</h1>
        <p><a href="{{ matrix.csv_url }}">CSV</a> <a href="{{ matrix.json_url }}">JSON</a></p>
        <table class="matrix"><tr><th>Milepæl</th>{% for role in matrix.roles %}<th>{{ role.title }}</th>{% endfor %}</tr>{% for mp in matrix.phases %}{% for row in mp.rows %}<tr><th>{{ row.milestone.number }}{% if row.milestone.is_draft %} Udkast{% endif %}</th>{% for cell in row.cells %}<td>{% if cell %}{% for k in cell.kinds %}{{ k.short }}{% endfor %} {{ cell.kind_label }}{% endif %}</td>{% endfor %}</tr>{% endfor %}{% endfor %}</table>
        -- theme/layouts/soeg.liquid --
        <h1>Søg</h1>
        <form action="/soeg/" method="get"><input name="q" type="search"></form>
        -- theme/layouts/fremskridt.liquid --
        <h1>Dit fremskridt</h1>
        -- theme/layouts/plan.liquid --
        <h1>Jeres plan</h1>
        -- theme/layouts/statusrapport.liquid --
        <h1>Statusrapport</h1>
        -- theme/layouts/hele-drejebogen.liquid --
        <h1>Hele drejebogen</h1>
        <ol>{% for chapter in whole.chapters %}<li><a href="#{{ chapter.anchor }}">{{ chapter.title }}</a></li>{% endfor %}</ol>
        {% for chapter in whole.chapters %}<section id="{{ chapter.anchor }}"><h2>{{ chapter.title }}</h2>{{ chapter.body | raw }}{% for s in chapter.sections %}<section id="{{ s.anchor }}"><h3>{{ s.title }}</h3>{{ s.body | raw }}</section>{% endfor %}</section>{% endfor %}
        -- theme/layouts/delt.liquid --
        <h1>Delt status</h1>
        -- theme/layouts/fejl404.liquid --
        <h1>Siden findes ikke</h1>
        <p><a href="/">Gå til forsiden</a></p>
        """;
}
