namespace GsiPortal.Web.Pages;

/// <summary>What the layout needs of every page: its title, description, canonical path and navigation section.</summary>
public sealed record PageInfo(string Title, string Description, string CanonicalPath, string Section = "");

/// <summary>Implemented by page models so the layout can read <see cref="PageInfo"/>.</summary>
public interface IHasPageInfo
{
    PageInfo Info { get; }
}
