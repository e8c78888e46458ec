namespace GsiPortal.Web.Hosting;

/// <summary>Settings under "Portal" in appsettings.json.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// The content folder. Relative paths are looked for from the app's content root upwards, so that
    /// <c>dotnet run --project src/GsiPortal.Web</c> from the repository finds <c>content/</c>. Default "content".
    /// </summary>
    public string ContentPath { get; set; } = "content";

    /// <summary>
    /// The public origin for canonical addresses ("https://gsi.example.org"). Empty: the request's own origin.
    /// </summary>
    public string PublicOrigin { get; set; } = "";
}
