using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using GsiPortal.Web.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace GsiPortal.Web.Requests;

/// <summary>
/// An address holding an encoded null (<c>/%00</c>) is refused by Kestrel itself, before any of the site's code runs:
/// it decodes the path, refuses the null (<c>InvalidRequestTarget</c>) and answers an empty 400. No setting lets such a
/// path through (unlike the request-line limit behind the 414), and Kestrel has no hook for the body of its own
/// refusals. So each connection's pipes are watched: the request line Kestrel consumes is looked at for <c>%00</c> in its
/// path, and where Kestrel then writes its own empty 400, the site's answer with the reason is written in its place — a
/// page for a reader, a problem document under the programs' addresses or for <c>Accept: application/json</c>. Every
/// other answer passes through untouched. Plain HTTP only: under Kestrel's own TLS this sees ciphertext and does nothing.
/// </summary>
public static class NullInAddress
{
    /// <summary>What a reader or a caller is told.</summary>
    public const string Reason = "the address holds %00, an encoded null character, which no address of this site holds. Remove it and ask again.";

    /// <summary>Watches every connection of <paramref name="listen"/> for Kestrel's refusal of a null in the address.</summary>
    public static void UseNullInAddressReason(this ListenOptions listen) => listen.Use(next => async context =>
    {
        var original = context.Transport;
        var input = new WatchedInput(original.Input);
        context.Transport = new Transport(input, new WatchedOutput(original.Output, input));
        try
        {
            await next(context);
        }
        finally
        {
            context.Transport = original;
        }
    });

    private sealed record Transport(PipeReader Input, PipeWriter Output) : IDuplexPipe;

    /// <summary>The connection's input as Kestrel reads it, noting the path of each request line it consumes when it holds %00.</summary>
    internal sealed class WatchedInput(PipeReader inner) : PipeReader
    {
        private ReadOnlySequence<byte> last;

        /// <summary>The path of the last request line consumed, when it holds an encoded null; else null.</summary>
        public string? NullPath { get; private set; }

        public override ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
        {
            var pending = inner.ReadAsync(cancellationToken);
            if (!pending.IsCompletedSuccessfully) return Awaited(pending);
            // A ValueTask is consumed once. The pipe's may be backed by the pipe itself and complete between ReadAsync
            // and the check above; handing it on after reading its Result made Kestrel take the result a second time
            // ("Reading is already in progress"), and the connection was dropped without an answer (about one in
            // 20,000 connections). The result is handed on as a value instead.
            var result = pending.Result;
            last = result.Buffer;
            return new ValueTask<ReadResult>(result);
        }

        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        private async ValueTask<ReadResult> Awaited(ValueTask<ReadResult> pending)
        {
            var result = await pending;
            last = result.Buffer;
            return result;
        }

        public override bool TryRead(out ReadResult result)
        {
            if (!inner.TryRead(out result)) return false;
            last = result.Buffer;
            return true;
        }

        public override void AdvanceTo(SequencePosition consumed) => AdvanceTo(consumed, consumed);

        public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
        {
            Note(consumed);
            last = default;
            inner.AdvanceTo(consumed, examined);
        }

        /// <summary>Before the consumed bytes go back to the pool: a request line's path, kept when it holds %00.</summary>
        private void Note(SequencePosition consumed)
        {
            if (last.IsEmpty) return;
            var taken = last.Slice(last.Start, consumed);
            if (taken.IsEmpty) return;
            // Nearly every request: no %00 in its first KiB, nothing to keep (one vectorised search, no copy).
            if (taken.IsSingleSegment && taken.FirstSpan[..(int)Math.Min(taken.Length, 1024)].IndexOf("%00"u8) < 0)
            {
                NullPath = null;
                return;
            }
            // The first KiB: a request line's method and path (a longer path holding %00 keeps Kestrel's empty 400).
            var length = (int)Math.Min(taken.Length, 1024);
            Span<byte> copy = stackalloc byte[1024];
            scoped ReadOnlySpan<byte> head;
            if (taken.FirstSpan.Length >= length) head = taken.FirstSpan[..length];
            else
            {
                taken.Slice(0, length).CopyTo(copy);
                head = copy[..length];
            }
            // Only a request line: METHOD SP origin-form target … (a body that looks like one would only change the reason
            // given for a refusal Kestrel made anyway).
            var space = head.IndexOf((byte)' ');
            if (space < 1 || space + 1 >= head.Length || head[space + 1] != (byte)'/') return;
            var target = head[(space + 1)..];
            var end = target.IndexOfAny((byte)' ', (byte)'?', (byte)'\r');
            var path = end < 0 ? target : target[..end];
            NullPath = path.IndexOf("%00"u8) >= 0 ? Encoding.ASCII.GetString(path) : null;
            // The headers read with it, still unconsumed (Kestrel refuses the line before it parses them): does it ask for JSON?
            AsksForJson = NullPath is not null && AcceptsJson(last.Slice(consumed));
        }

        /// <summary>Whether the request whose path holds a null asked for JSON in its Accept header.</summary>
        public bool AsksForJson { get; private set; }

        private static bool AcceptsJson(ReadOnlySequence<byte> headers) =>
            Encoding.Latin1.GetString(headers.Slice(0, Math.Min(headers.Length, 8192))).Split("\r\n")
                .TakeWhile(h => h.Length > 0)
                .Any(h => h.StartsWith("Accept:", StringComparison.OrdinalIgnoreCase) && h.Contains("json", StringComparison.OrdinalIgnoreCase)
                    && !h.Contains("text/html", StringComparison.OrdinalIgnoreCase));

        public override void CancelPendingRead() => inner.CancelPendingRead();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);
    }

    /// <summary>The connection's output as Kestrel writes it, with Kestrel's own empty 400 for a null in the address replaced.</summary>
    private sealed class WatchedOutput(PipeWriter inner, WatchedInput input) : PipeWriter
    {
        private static readonly byte[] KestrelsRefusal = "HTTP/1.1 400 Bad Request\r\n"u8.ToArray();
        private Memory<byte> given;

        public override Memory<byte> GetMemory(int sizeHint = 0) => given = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => (given = inner.GetMemory(sizeHint)).Span;

        public override void Advance(int bytes)
        {
            if (input.NullPath is { } path && bytes >= KestrelsRefusal.Length && bytes <= given.Length && IsKestrelsEmpty400(given.Span[..bytes]))
            {
                var answer = Answer(path, WantsJson(path));
                // Nothing was advanced: the same memory is asked for again, large enough for the answer, and written over.
                answer.CopyTo(inner.GetMemory(answer.Length));
                inner.Advance(answer.Length);
                return;
            }
            inner.Advance(bytes);
        }

        /// <summary>Kestrel's own refusal: a 400 with no body and no type, closing the connection, its head whole in one write.</summary>
        private static bool IsKestrelsEmpty400(ReadOnlySpan<byte> head) =>
            head.StartsWith(KestrelsRefusal) && head.EndsWith("\r\n\r\n"u8)
            && head.IndexOf("\r\nContent-Length: 0\r\n"u8) >= 0 && head.IndexOf("\r\nConnection: close\r\n"u8) >= 0
            && head.IndexOf("\r\nContent-Type:"u8) < 0;

        /// <summary>A program's address (the API, oEmbed, citations, downloads), or a request that asked for JSON.</summary>
        private bool WantsJson(string path) =>
            input.AsksForJson || ApiProblems.IsApiPath(new PathString(path[..(path.IndexOf('%') is var at and >= 0 ? at : path.Length)].TrimEnd('/') is { Length: > 0 } start ? start : "/"));

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;
    }

    /// <summary>The whole answer, head and body: the site's words for a 400, with the reason.</summary>
    internal static byte[] Answer(string path, bool json)
    {
        var body = json
            ? JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
            {
                ["type"] = ApiProblems.TypeOf(400)!, ["title"] = "Malformed request", ["status"] = 400, ["detail"] = char.ToUpperInvariant(Reason[0]) + Reason[1..], ["instance"] = path,
            })
            : Encoding.UTF8.GetBytes($"""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>The request could not be read — GsiPortal</title><meta name="robots" content="noindex"><meta name="color-scheme" content="light dark">
                <link rel="stylesheet" href="/css/site.css"></head>
                <body><header class="site-header"><div class="frame"><a class="site-name" href="/">GsiPortal</a></div></header>
                <main id="main" class="frame"><h1>The request could not be read</h1>
                <p class="not-found-reason">The site answered 400: {WebUtility.HtmlEncode(Reason)}</p>
                <p>Every page of the site is read with an ordinary link: start from <a href="/">the home page</a> or <a href="/paper">the Concept Paper</a>, or search the texts.</p>
                <form role="search" action="/search"><label for="q">Search the paper and commentaries</label> <input id="q" name="q" type="search" maxlength="500"> <button>Search</button></form>
                </main></body></html>
                """);
        var type = json ? "application/problem+json" : "text/html; charset=utf-8";
        var head = $"HTTP/1.1 400 Bad Request\r\nContent-Type: {type}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n"
            + "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
            + "Content-Security-Policy: default-src 'self'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. body];
    }
}
