using System.Text.Json;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// The site runs with reflection's invocations interpreted (no IL stub emitted and compiled at a member's second
/// call), which took ~30 ms of CPU from start-up (docs/performance.md, twelfth session): the setting is in the app's
/// own runtime configuration, where a published site reads it.
/// </summary>
public class InterpretedInvokeTests
{
    [Fact]
    public void TheAppsRuntimeConfigurationKeepsReflectionInterpreted()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "GsiPortal.Web.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.True(properties.TryGetProperty("Switch.System.Reflection.ForceInterpretedInvoke", out var value), "the switch is not set");
        Assert.Equal(JsonValueKind.True, value.ValueKind);
    }
}
