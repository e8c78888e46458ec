namespace GsiPortal.Web.Tests;

/// <summary>
/// The one site on the real content with default settings, shared by every test that needs nothing else: one host,
/// one edition built, for the whole run. Tests that need other content or settings make their own factory.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RealSite : ICollectionFixture<PortalFactory>
{
    public const string Name = "real site";
}
