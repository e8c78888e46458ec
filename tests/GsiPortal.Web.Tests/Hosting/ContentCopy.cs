namespace GsiPortal.Web.Tests.Hosting;

/// <summary>A temporary folder holding a copy of the real texts and search terms, for a site started as its own process.</summary>
internal static class ContentCopy
{
    public static string Made(string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        foreach (var file in Directory.GetFiles(Repository.Path("content"), "*.md").Append(Repository.Path("content/search-terms.yml")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }
}
