using GsiPortal.Core.Content;

namespace GsiPortal.Core.Citations;

/// <summary>
/// What is cited: a whole document, a part or item of the paper, or one sentence of an item, with its
/// canonical address and its place in the paper ("pt. II, commitment 4").
/// </summary>
public sealed record CitationTarget(Document Document, string Path, PaperPart? Part = null, PaperItem? Item = null, Sentence? Sentence = null)
{
    /// <summary>The pinpoint as the styles write it: "pt. II, commitment 4", "pt. II, commitment 4, sentence 2", "pt. III".</summary>
    public string? Place => (Part, Item, Sentence) switch
    {
        (_, { } item, { } sentence) => $"pt. {item.Part.Numeral}, {item.Part.ItemNoun} {item.Number}, sentence {sentence.Number}",
        (_, { } item, null) => $"pt. {item.Part.Numeral}, {item.Part.ItemNoun} {item.Number}",
        ({ } part, null, _) => $"pt. {part.Numeral}",
        _ => null,
    };

    /// <summary>The site path with its sentence anchor, if any.</summary>
    public string Address => Sentence is null ? Path : $"{Path}#s{Sentence.Number}";

    /// <summary>A stable key for BibTeX and CSL-JSON: "paper-commitment-4", "chen-xiangyang".</summary>
    public string Key => Path.Trim('/').Replace("commentaries/", "").Replace("/commitments/", "-commitment-").Replace("/priorities/", "-priority-")
        .Replace("/platforms/", "-platform-").Replace('/', '-') + (Sentence is null ? "" : $"-s{Sentence.Number}");

    /// <summary>Finds the target a site path names (<c>paper/commitments/4</c>, <c>commentaries/lei-kezhong</c>), or null.</summary>
    public static CitationTarget? Find(ContentLibrary library, string path, int? sentence = null)
    {
        var segments = path.Trim('/').Split('/');
        var paper = library.Paper;
        switch (segments)
        {
            case ["paper"] when sentence is null:
                return new CitationTarget(paper, Addresses.Paper);
            case ["paper", var slug] when sentence is null && paper.Parts.FirstOrDefault(p => p.Slug == slug) is { } part:
                return new CitationTarget(paper, Addresses.Part(part), part);
            case ["paper", var slug, var n] when int.TryParse(n, out var number) && paper.Parts.FirstOrDefault(p => p.Slug == slug)?.FindItem(number) is { } item:
                if (sentence is null) return new CitationTarget(paper, Addresses.Item(item), item.Part, item);
                return item.Sentences.FirstOrDefault(s => s.Number == sentence) is { } s ? new CitationTarget(paper, Addresses.Item(item), item.Part, item, s) : null;
            case ["commentaries", var id] when sentence is null && library.FindCommentary(id) is { } commentary:
                return new CitationTarget(commentary, Addresses.Commentary(commentary));
            default:
                return null;
        }
    }
}
