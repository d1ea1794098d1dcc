namespace Drejebog.Site.Content;

/// <summary>How a role's box hangs on its parent's box in the organisation chart.</summary>
public enum ChartRelation
{
    /// <summary>The one role at the top of the chart: it names no other role.</summary>
    Top,

    /// <summary><c>reports_to</c>: drawn below the parent.</summary>
    ReportsTo,

    /// <summary><c>member_of</c>: drawn inside the parent's box, which is a group.</summary>
    MemberOf,

    /// <summary><c>supports</c>: drawn below the parent, marked as assisting from outside the line.</summary>
    Supports,
}
