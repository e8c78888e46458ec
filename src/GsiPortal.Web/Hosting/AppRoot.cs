namespace GsiPortal.Web.Hosting;

/// <summary>
/// Where the app's own files are (appsettings.json, wwwroot). ASP.NET Core takes the current directory, which is
/// right for <c>dotnet run</c> in the project but wrong for a published app started from elsewhere
/// (<c>bench/out/site/GsiPortal.Web</c> from the repository): it then found no settings, logged nothing, and
/// answered every static file with an empty 200. A published app finds its files beside its binary.
/// </summary>
public static class AppRoot
{
    public static WebApplicationOptions Options(string[] args) =>
        new() { Args = args, ContentRootPath = Choose(Directory.GetCurrentDirectory(), AppContext.BaseDirectory) };

    /// <summary>The current directory if it holds the app's settings, else the binary's own folder if that does.</summary>
    public static string Choose(string current, string beside) =>
        !File.Exists(Path.Combine(current, "appsettings.json")) && File.Exists(Path.Combine(beside, "appsettings.json")) ? beside : current;
}
