using System.Buffers;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// A response body held whole in memory rented from the shared pool and given back when disposed: what
/// <see cref="HttpCachingHeaders"/> hashes for the ETag before sending. A MemoryStream grew by doubling, so a 5 KB
/// search answer allocated about 16 KB on every request (docs/performance.md). Only buffers up to
/// <see cref="LargestPooled"/> are pooled: a download's half megabyte is allocated and left to the collector, so that
/// the pool does not keep large arrays for the life of the process. Also a buffer writer, so that a JSON answer is
/// written into it directly (<see cref="Api.JsonAnswer{T}"/>).
/// </summary>
public sealed class PooledBody : Stream, IBufferWriter<byte>
{
    public const int LargestPooled = 64 * 1024;

    private byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int length;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlyMemory<byte> Written => buffer.AsMemory(0, length);

    public override void Write(byte[] source, int offset, int count) => Write(source.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> source)
    {
        if (length + source.Length > buffer.Length) Grow(length + source.Length);
        source.CopyTo(buffer.AsSpan(length));
        length += source.Length;
    }

    public override void WriteByte(byte value) => Write([value]);

    public override Task WriteAsync(byte[] source, int offset, int count, CancellationToken cancellationToken)
    {
        Write(source.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
    {
        Write(source.Span);
        return ValueTask.CompletedTask;
    }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (length + count > buffer.Length) throw new InvalidOperationException("Advanced past the buffer given.");
        length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsMemory(length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsSpan(length);
    }

    private void Reserve(int sizeHint)
    {
        var needed = length + Math.Max(sizeHint, 1);
        if (needed > buffer.Length) Grow(needed);
    }

    private void Grow(int needed)
    {
        var size = Math.Max(needed, buffer.Length * 2);
        var larger = size <= LargestPooled ? ArrayPool<byte>.Shared.Rent(size) : new byte[size];
        buffer.AsSpan(0, length).CopyTo(larger);
        Release();
        buffer = larger;
    }

    public override void Flush() { }
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => length;
    public override long Position { get => length; set => throw new NotSupportedException(); }
    public override int Read(byte[] destination, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Release();
            buffer = [];
            length = 0;
        }
        base.Dispose(disposing);
    }

    private void Release()
    {
        if (buffer.Length is > 0 and <= LargestPooled) ArrayPool<byte>.Shared.Return(buffer);
    }
}
