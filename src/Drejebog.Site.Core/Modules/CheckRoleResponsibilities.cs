using Drejebog.Site.Build;
using Drejebog.Site.Content;
using Drejebog.Site.Diagnostics;
using Drejebog.Site.Pipeline;

namespace Drejebog.Site.Modules;

/// <summary>
/// Reports roles that no milestone gives a responsibility: their page would have nothing but an
/// introduction, and the role filter would show nothing for them. Reported at the role's id.
/// </summary>
/// <remarks>
/// Runs only when the build has no other errors: a milestone that failed, or a misspelt role in
/// <c>responsibilities</c>, would otherwise leave a role looking orphaned as a second message.
/// </remarks>
public sealed class CheckRoleResponsibilities : IModule
{
    public IReadOnlyList<Product> Needs { get; } = [SiteProducts.Graph];

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> documents, BuildContext context, ModuleProducts products)
    {
        if (context.Diagnostics.HasErrors)
        {
            return documents;
        }
        var graph = products.Get(SiteProducts.Graph);
        foreach (var document in documents.Where(d => !d.Failed))
        {
            if (document.Model is Role role && graph.DutiesByRole.TryGetValue(role.Id, out var duties) && duties.Count == 0)
            {
                context.Diagnostics.Error(document.DisplayPath, role.IdPosition, ErrorCodes.RoleWithoutResponsibilities, role.Id);
            }
        }
        return documents;
    }
}
