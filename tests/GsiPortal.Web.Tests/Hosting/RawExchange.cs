using System.Net.Sockets;
using System.Text;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// One request written byte for byte over a real socket, and the whole answer read back: for what HttpClient would
/// refuse to send or normalise away (raw request lines, missing Host, encoded nulls).
/// </summary>
internal static class RawExchange
{
    /// <summary>The answer's status (0 when none could be read), its head as text, and its body.</summary>
    public static async Task<(int Status, string Head, string Body)> Send(Uri site, string request)
    {
        using var client = new TcpClient();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.ConnectAsync(site.Host, site.Port, cancel.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), cancel.Token);
        var buffer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(buffer, cancel.Token);
        }
        catch (IOException)
        {
            // Kestrel may reset a connection it refused after answering: what was read is the answer.
        }
        var text = Encoding.UTF8.GetString(buffer.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var parts = head.Split(' ', 3);
        return (parts.Length > 1 && int.TryParse(parts[1], out var status) ? status : 0, head, split < 0 ? "" : text[(split + 4)..]);
    }
}
