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
        var epub = books.Epub(null);
        var a4 = books.Pdf(BookPaper.A4, null);
        var built = Stopwatch.GetElapsedTime(started);
        started = Stopwatch.GetTimestamp();
        Assert.Same(epub, books.Epub(null));
        Assert.Same(a4, books.Pdf(BookPaper.A4, null));
        Assert.NotSame(a4, books.Pdf(BookPaper.Letter, null));
        Assert.Same(books.Pdf(BookPaper.Letter, null), books.Pdf(BookPaper.Letter, null));
        // The site's public origin is named on the title page: a book of its own, kept as the others.
        var named = books.Epub("https://gsi.example.org");
        Assert.NotEqual(epub, named);
        Assert.Same(named, books.Epub("https://gsi.example.org"));
        Console.WriteLine($"EPUB {epub.Length} bytes, PDF A4 {a4.Length} bytes, built in {built.TotalMilliseconds:F0} ms");
    }
}
