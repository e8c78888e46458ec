using System.Net.Sockets;
using System.Text;

namespace GsiPortal.Web.Tests.Hosting;

/// <summary>
/// One request written byte for byte over a real socket, and the whole answer read back: for what HttpClient would
/// refuse to send or normalise away (raw request lines, missing Host, encoded nulls).
/// </summary>
internal static class RawExchange
{
    /// <summary>How long one exchange may take before the test, not the server, gives up: a guard against a hang only.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The answer's status (0 when what was read is not an HTTP answer), its head as text, and its body. A connection that
    /// ends — reset or closed — before any byte of an answer is a fault of the server, never a wrong answer: it throws
    /// <see cref="NoAnswerException"/>. An answer not come within the patience throws <see cref="TimeoutException"/>:
    /// on a loaded machine that is the test's wait, which a caller may ask again.
    /// </summary>
    public static async Task<(int Status, string Head, string Body)> Send(Uri site, string request, TimeSpan? patience = null)
    {
        using var client = new TcpClient();
        using var cancel = new CancellationTokenSource(patience ?? Patience);
        var buffer = new MemoryStream();
        try
        {
            await client.ConnectAsync(site.Host, site.Port, cancel.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.Latin1.GetBytes(request), cancel.Token);
            await stream.CopyToAsync(buffer, cancel.Token);
        }
        catch (Exception waited) when (cancel.IsCancellationRequested && waited is OperationCanceledException or IOException or SocketException)
        {
            throw new TimeoutException($"no whole answer within {(patience ?? Patience).TotalSeconds:0.#} s ({buffer.Length} bytes read)");
        }
        catch (IOException reset) when (buffer.Length == 0)
        {
            throw new NoAnswerException("the server reset the connection before any byte of an answer", reset);
        }
        catch (IOException)
        {
            // Kestrel may reset a connection it refused after answering: what was read is the answer.
        }
        if (buffer.Length == 0) throw new NoAnswerException("the server closed the connection without answering", null);
        var text = Encoding.UTF8.GetString(buffer.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var parts = head.Split(' ', 3);
        return (parts.Length > 1 && int.TryParse(parts[1], out var status) ? status : 0, head, split < 0 ? "" : text[(split + 4)..]);
    }
}

/// <summary>The connection ended before the server wrote a byte: the server dropped a request it should have answered.</summary>
internal sealed class NoAnswerException(string message, Exception? inner) : Exception(message, inner);
