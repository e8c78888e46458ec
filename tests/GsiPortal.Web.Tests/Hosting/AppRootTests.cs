namespace GsiPortal.Web.Tests.Hosting;

/// <summary>A published app started from another folder still finds its settings and static files beside its binary.</summary>
public sealed class AppRootTests : IDisposable
{
    private readonly string elsewhere = Directory.CreateTempSubdirectory("gsiportal-cwd-").FullName;
    private readonly string published = Directory.CreateTempSubdirectory("gsiportal-app-").FullName;

    [Fact]
    public void StartedFromAFolderWithoutSettingsItUsesItsOwnFolder()
    {
        File.WriteAllText(Path.Combine(published, "appsettings.json"), "{}");
        Assert.Equal(published, GsiPortal.Web.Hosting.AppRoot.Choose(elsewhere, published));
    }

    [Fact]
    public void StartedInTheProjectItUsesTheProject()
    {
        File.WriteAllText(Path.Combine(elsewhere, "appsettings.json"), "{}");
        File.WriteAllText(Path.Combine(published, "appsettings.json"), "{}");
        Assert.Equal(elsewhere, GsiPortal.Web.Hosting.AppRoot.Choose(elsewhere, published));
    }

    public void Dispose()
    {
        Directory.Delete(elsewhere, recursive: true);
        Directory.Delete(published, recursive: true);
    }
}
