using Drejebog.Site.Build;
using Drejebog.Site.Calendar;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Writes <c>/kalender/drejebog.ics</c>: the playbook's phase deadlines and milestone targets as
/// an iCalendar file (<see cref="PlaybookCalendar"/>), which the milestone overview and the about
/// page link to. A team's own dates become a file in the browser instead (theme/assets/js/ics.js).
/// </summary>
public sealed class AddCalendar : IModule
{
    public const string OutputPath = "kalender/drejebog.ics";

    public IReadOnlyList<Product> Needs { get; } = [SiteProducts.Settings, SiteProducts.Graph];

    public IReadOnlyList<Product> Produces { get; } = [SiteProducts.GeneratedFiles];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        if (products.Get(SiteProducts.Settings) is not { } site)
        {
            return documents;
        }
        products.Add(SiteProducts.GeneratedFiles, [new StaticFile(OutputPath, null, PlaybookCalendar.Write(products.Get(SiteProducts.Graph), site))]);
        return documents;
    }
}
