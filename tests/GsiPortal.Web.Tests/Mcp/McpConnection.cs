using ModelContextProtocol.Client;

namespace GsiPortal.Web.Tests.Mcp;

/// <summary>The SDK's own client, over streamable HTTP, to a test host's <c>/api/mcp</c>.</summary>
internal static class McpConnection
{
    public static async Task<McpClient> To(HttpClient http)
    {
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(http.BaseAddress!, "/api/mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
            Name = "GsiPortal tests",
        }, http, ownsHttpClient: true);
        return await McpClient.CreateAsync(transport);
    }
}
