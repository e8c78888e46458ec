namespace GsiPortal.Web.Tests.Editions;

/// <summary>A running site on a temporary copy of the real content, watched, with its own archive beside it; removed after.</summary>
public sealed class EditedSite : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("gsiportal-editions-").FullName;
    public string ArchiveFolder => Folder + "-archive";
    public PortalFactory Factory { get; }

    public EditedSite(bool watch = true, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        foreach (var file in Directory.GetFiles(Repository.Path("content"), "*.md").Append(Repository.Path("content/search-terms.yml")))
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        Factory = new ServicesFactory(services) { ContentPath = Folder, WatchContent = watch };
    }

    public HttpClient Client() => Factory.CreateClient();

    /// <summary>Replaces words in a content file, as an editor would.</summary>
    public void Edit(string file, string from, string to)
    {
        var path = Path.Combine(Folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    public static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        // A bound against a hang only: a reload builds a whole edition, which at load 40 can take tens of seconds.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(100);
        }
        return await condition();
    }

    public void Dispose()
    {
        Factory.Dispose();
        foreach (var folder in new[] { Folder, ArchiveFolder })
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    private sealed class ServicesFactory(Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services) : PortalFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (services is not null) builder.ConfigureServices(services);
        }
    }
}
