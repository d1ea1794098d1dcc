namespace Drejebog.Site.Content;

/// <summary>Whether a page's text comes from the playbook (<c>udgivet</c>) or is a generic draft (<c>udkast</c>).</summary>
public enum ContentStatus
{
    Published,
    Draft,
}
