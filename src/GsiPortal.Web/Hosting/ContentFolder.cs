namespace GsiPortal.Web.Hosting;

/// <summary>Finds the content folder named in <see cref="PortalOptions.ContentPath"/>.</summary>
public static class ContentFolder
{
    public static string Resolve(string configured, string contentRoot)
    {
        if (Path.IsPathRooted(configured)) return configured;
        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, configured);
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return Path.Combine(contentRoot, configured);
    }
}
