using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;

namespace GsiPortal.Web.Mcp;

/// <summary>
/// The MCP tools of a type, made when the server's options are first read (the first call to <c>/api/mcp</c>) rather
/// than when the endpoint is mapped at start-up. The library's <c>WithTools&lt;T&gt;()</c> registers each tool as a
/// service that the endpoint's handler, resolved by <c>MapMcp</c>, pulls in at once; making a tool builds its JSON
/// schemas by reflection, about a tenth of the main thread's start-up (docs/performance.md). The tools made here are
/// the library's own (<see cref="McpServerTool.Create(MethodInfo, Func{ModelContextProtocol.Server.RequestContext{ModelContextProtocol.Protocol.CallToolRequestParams}, object}, McpServerToolCreateOptions?)"/>,
/// as <c>WithTools&lt;T&gt;()</c> makes them, an instance of the type for each call), only made later.
/// </summary>
public static class ToolsOnFirstUse
{
    /// <summary>Adds the <see cref="McpServerToolAttribute"/> methods of <typeparamref name="TTools"/> when the options are built.</summary>
    public static IMcpServerBuilder WithToolsOnFirstUse<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods | DynamicallyAccessedMemberTypes.PublicConstructors)] TTools>(
        this IMcpServerBuilder builder) where TTools : class
    {
        builder.Services.AddSingleton<IConfigureOptions<McpServerOptions>>(services =>
            new ConfigureOptions<McpServerOptions>(options => Add<TTools>(options, services)));
        return builder;
    }

    private static void Add<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.NonPublicMethods | DynamicallyAccessedMemberTypes.PublicConstructors)] TTools>(
        McpServerOptions options, IServiceProvider services) where TTools : class
    {
        // The collection the library's own setup made, if any, is kept: it may hold tools registered its way.
        var tools = options.ToolCollection ?? [];
        foreach (var method in typeof(TTools).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance))
        {
            if (method.GetCustomAttribute<McpServerToolAttribute>() is null) continue;
            var made = new McpServerToolCreateOptions { Services = services };
            tools.TryAdd(method.IsStatic
                ? McpServerTool.Create(method, options: made)
                : McpServerTool.Create(method, static request => request.Services is { } perRequest
                    ? ActivatorUtilities.CreateInstance<TTools>(perRequest)
                    : Activator.CreateInstance<TTools>(), made));
        }
        if (!tools.IsEmpty) options.ToolCollection = tools;
    }
}
