using System.Text.Json;
using GsiPortal.Web.Mcp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace GsiPortal.Web.Tests.Mcp;

/// <summary>
/// The MCP tools are made at the first call to <c>/api/mcp</c>, not when the endpoint is mapped at start-up, and they
/// are the library's own tools, as its <c>WithTools&lt;T&gt;()</c> makes them: the same names, descriptions, schemas,
/// annotations and metadata. <see cref="McpTests"/> calls each of them through the endpoint.
/// </summary>
[Collection(RealSite.Name)]
public class ToolsOnFirstUseTests(PortalFactory factory)
{
    [Fact]
    public void NoToolIsAServiceTheEndpointMakesWhenItIsMapped()
    {
        // WithTools<T>() registered each tool as a service, made by reflection when MapMcp resolved its handler.
        Assert.NotNull(factory.Services.GetService<IOptions<McpServerOptions>>());
        Assert.Empty(factory.Services.GetServices<McpServerTool>());
    }

    [Fact]
    public void TheToolsAreThoseTheLibraryMakes()
    {
        var library = Tools(mcp => mcp.WithTools<PortalMcpTools>());
        var ours = Tools(mcp => mcp.WithToolsOnFirstUse<PortalMcpTools>());
        Assert.Equal(5, library.Count);
        Assert.Equal(library.Keys.Order(StringComparer.Ordinal), ours.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, tool) in library) Assert.Equal(tool, ours[name]);
    }

    /// <summary>Each tool by name: its protocol description as JSON and the types of its metadata, in order.</summary>
    private static Dictionary<string, string> Tools(Action<IMcpServerBuilder> add)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHttpContextAccessor();
        add(services.AddMcpServer());
        using var provider = services.BuildServiceProvider();
        var tools = provider.GetRequiredService<IOptions<McpServerOptions>>().Value.ToolCollection;
        Assert.NotNull(tools);
        return tools.ToDictionary(
            tool => tool.ProtocolTool.Name,
            tool => JsonSerializer.Serialize(tool.ProtocolTool, McpJsonUtilities.DefaultOptions)
                + " " + string.Join(",", tool.Metadata.Select(m => m.GetType().FullName)));
    }
}
