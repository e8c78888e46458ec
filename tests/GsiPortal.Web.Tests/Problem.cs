using System.Net;
using System.Text.Json;

namespace GsiPortal.Web.Tests;

/// <summary>
/// Reads an RFC 9457 answer the way every API test expects one: the status asked for, sent as
/// <c>application/problem+json</c>, with the same status in its body. One place, so a test reads the problem's detail.
/// </summary>
public static class Problem
{
    /// <summary>Requests <paramref name="address"/> and returns its problem document, asserting a 400 problem+json.</summary>
    public static Task<JsonElement> BadRequest(HttpClient client, string address) => Of(client, address, HttpStatusCode.BadRequest);

    /// <summary>Requests <paramref name="address"/> and returns its problem document, asserting <paramref name="status"/> as problem+json.</summary>
    public static async Task<JsonElement> Of(HttpClient client, string address, HttpStatusCode status) => await Read(await client.GetAsync(address), status);

    /// <summary>The problem document of an answer already received, asserting <paramref name="status"/> as problem+json.</summary>
    public static async Task<JsonElement> Read(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>The problem's detail, which says what to do.</summary>
    public static string Detail(this JsonElement problem) => problem.GetProperty("detail").GetString() ?? "";
}
