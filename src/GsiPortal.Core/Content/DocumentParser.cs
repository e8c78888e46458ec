using GsiPortal.Core.Markdown;
using Markdig.Syntax;

namespace GsiPortal.Core.Content;

/// <summary>Parses one content file once: front matter, then the body as paper parts or commentary paragraphs.</summary>
internal static class DocumentParser
{
    public static Document? Parse(string file, string markdown, List<ContentError> errors)
    {
        if (MarkdownNesting.FirstTooDeep(markdown) is { } deep)
        {
            errors.Add(new ContentError(file, deep.Line, deep.Message));
            return null;
        }
        MarkdownDocument parsed;
        try
        {
            parsed = PortalMarkdown.Parse(markdown);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.Ordinal))
        {
            // Markdig's own depth limit, for nesting the scan above does not count (runs of emphasis, links in links).
            errors.Add(new ContentError(file, MarkdownNesting.BusiestLine(markdown), $"is nested too deeply for the Markdown reader, most likely on this line, the one with the most markup ({e.Message})"));
            return null;
        }
        var before = errors.Count;
        var meta = FrontMatterReader.Read(parsed, markdown, file, errors);
        if (meta is null || errors.Count > before) return null;

        var date = PublicationDate.Parse(meta.Date, meta.DateInferred);
        if (date is null)
        {
            errors.Add(new ContentError(file, meta.LineOf("date"), $"date '{meta.Date}' is not YYYY, YYYY-MM or YYYY-MM-DD"));
            return null;
        }

        var body = parsed.Where(b => b is not Markdig.Extensions.Yaml.YamlFrontMatterBlock).ToList();
        switch (meta.Kind)
        {
            case "paper":
                var paper = new Paper { Id = meta.Id!, Meta = meta, Date = date, FileName = file, Markdown = markdown };
                paper.Parts = PaperReader.ReadParts(paper, body, file, errors);
                if (errors.Count == before) EditorsLabels.Apply(paper, file, markdown, errors);
                paper.Paragraphs = paper.Parts.SelectMany(p => p.Paragraphs).ToList();
                for (var i = 0; i < paper.Paragraphs.Count; i++) paper.Paragraphs[i].Ordinal = i + 1;
                SicWords.Check(paper, file, errors);
                return Refused(errors, before) ? null : paper;
            case "commentary":
                var commentary = new Commentary { Id = meta.Id!, Meta = meta, Date = date, FileName = file, Markdown = markdown };
                commentary.Paragraphs = CommentaryReader.ReadParagraphs(commentary, body, file, errors);
                SicWords.Check(commentary, file, errors);
                return Refused(errors, before) ? null : commentary;
            default:
                errors.Add(new ContentError(file, meta.LineOf("kind"), $"unknown kind '{meta.Kind}': expected 'paper' or 'commentary'"));
                return null;
        }
    }

    /// <summary>Whether the document's own problems keep it out; an advisory one (ContentError.Advisory) does not: the loader decides what it means for the library.</summary>
    private static bool Refused(List<ContentError> errors, int before) => errors.Skip(before).Any(e => !e.Advisory);
}
