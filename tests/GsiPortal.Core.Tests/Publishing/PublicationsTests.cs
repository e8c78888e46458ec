using System.Diagnostics;
using GsiPortal.Core.Publishing;

namespace GsiPortal.Core.Tests.Publishing;

/// <summary>An edition's books are built once, when first asked for, and then handed out as they are.</summary>
public class PublicationsTests
{
    [Fact]
    public void EachBookIsBuiltOnceAndKept()
    {
        var books = new Publications(RealContent.Library);
        var started = Stopwatch.GetTimestamp();
        var epub = books.Epub;
        var a4 = books.Pdf(BookPaper.A4);
        var built = Stopwatch.GetElapsedTime(started);
        started = Stopwatch.GetTimestamp();
        Assert.Same(epub, books.Epub);
        Assert.Same(a4, books.Pdf(BookPaper.A4));
        Assert.NotSame(a4, books.Pdf(BookPaper.Letter));
        Assert.Same(books.Pdf(BookPaper.Letter), books.Pdf(BookPaper.Letter));
        Console.WriteLine($"EPUB {epub.Length} bytes, PDF A4 {a4.Length} bytes, built in {built.TotalMilliseconds:F0} ms");
    }
}
