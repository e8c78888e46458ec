using System.Buffers;
using System.Text;

namespace GsiPortal.Web.Api;

/// <summary>
/// Text written into a rented array and read back as a span, cleared for the next use: a snippet's HTML on its way
/// into the search's JSON, with no string made for it. Only text is written here.
/// </summary>
internal sealed class CharBuffer : TextWriter
{
    private char[] chars = ArrayPool<char>.Shared.Rent(1024);
    private int length;

    public override Encoding Encoding => Encoding.UTF8;

    public ReadOnlySpan<char> Written => chars.AsSpan(0, length);

    public void Clear() => length = 0;

    public override void Write(char value)
    {
        if (length == chars.Length) Grow(1);
        chars[length++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> value)
    {
        if (length + value.Length > chars.Length) Grow(value.Length);
        value.CopyTo(chars.AsSpan(length));
        length += value.Length;
    }

    private void Grow(int more)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(chars.Length * 2, length + more));
        chars.AsSpan(0, length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(chars);
        chars = larger;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(chars);
            chars = [];
            length = 0;
        }
        base.Dispose(disposing);
    }
}
