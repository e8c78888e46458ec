using GsiPortal.Core.Content;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// The read begun before the host's builder exists guesses the folder and limits from the builder's own sources; the
/// guess must be what the store then resolves from the bound options, or the read is thrown away and done again
/// (<see cref="ContentReadAheadTests"/> start the site as itself with the settings in its environment).
/// </summary>
public class ContentReadAheadSettingsTests
{
    public static TheoryData<string[]> Arguments => new()
    {
        Array.Empty<string>(),
        new[] { "--Portal:ContentPath=/srv/gsi/content" },
        new[] { "--Portal:ContentPath", "relative/content", "--Portal:MaxContentFileBytes", "12345" },
        new[] { "--environment", "Development", "--Portal:MaxContentFileBytes=777" },
    };

    [Theory]
    [MemberData(nameof(Arguments))]
    public void TheGuessIsWhatTheStoreResolvesFromTheSameArguments(string[] args)
    {
        var builder = WebApplication.CreateBuilder(AppRoot.Options(args));
        builder.Services.AddPortalOptions();
        using var services = builder.Services.BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<PortalOptions>>().Value;
        var resolved = (ContentFolder.Resolve(options.ContentPath, builder.Environment.ContentRootPath), new ContentLimits { MaxFileBytes = options.MaxContentFileBytes });
        Assert.Equal(resolved, ContentReadAhead.Settings(args));
    }
}
