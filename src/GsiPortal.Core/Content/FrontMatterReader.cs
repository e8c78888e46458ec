using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GsiPortal.Core.Content;

/// <summary>Reads and checks a document's YAML front matter, reporting problems with file and line.</summary>
internal static class FrontMatterReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly string[] Required = ["id", "kind", "title", "author", "date", "language"];

    public static FrontMatter? Read(MarkdownDocument document, string markdown, string file, List<ContentError> errors)
    {
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            // Markdig only sees front matter once it is closed: an opening '---' without its closing one is a cut-off block, not a missing one.
            var opened = markdown.TrimStart('\uFEFF').Split('\n', 2)[0].TrimEnd('\r') == "---";
            errors.Add(new ContentError(file, 1, opened
                ? "front matter is not closed: add a line '---' after its last key"
                : "missing front matter: the file must begin with a '---' block of YAML"));
            return null;
        }

        // The block's lines include the opening and closing '---'; YAML line numbers count from the first key.
        var firstKeyLine = block.Line + 2;
        var yaml = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()).Where(l => l.Trim() != "---"));
        FrontMatter? meta;
        try
        {
            meta = Yaml.Deserialize<FrontMatter?>(yaml);
        }
        catch (YamlException e)
        {
            errors.Add(new ContentError(file, firstKeyLine + (int)e.Start.Line - 1, $"malformed front matter: {e.InnerException?.Message ?? e.Message}"));
            return null;
        }
        if (meta is null)
        {
            errors.Add(new ContentError(file, block.Line + 1, "empty front matter"));
            return null;
        }
        meta.KeyLines = KeyLines(block);

        var present = new Dictionary<string, string?>
        {
            ["id"] = meta.Id, ["kind"] = meta.Kind, ["title"] = meta.Title, ["author"] = meta.Author,
            ["date"] = meta.Date, ["language"] = meta.Language,
        };
        foreach (var key in Required.Where(k => string.IsNullOrWhiteSpace(present[k])))
            errors.Add(new ContentError(file, block.Line + 1, $"front matter lacks '{key}'"));
        if (meta.NameOrder is not (null or "family-first" or "given-first"))
            errors.Add(new ContentError(file, meta.LineOf("name_order"), $"name_order '{meta.NameOrder}' must be family-first or given-first"));
        // Capitals only: a sentence-case title that changed a word would cite a title the text does not have.
        if (meta.TitleSentenceCase is { } sentenceCase && meta.Title is { } title && !string.Equals(sentenceCase.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase))
            errors.Add(new ContentError(file, meta.LineOf("title_sentence_case"), $"title_sentence_case '{sentenceCase}' must be the title with only its capitals changed ('{title}')"));
        if (meta.Captured is { } captured && Provenance.ReadDay(captured) is null)
            errors.Add(new ContentError(file, meta.LineOf("captured"), $"captured '{captured}' is not a day, YYYY-MM-DD"));
        if (string.IsNullOrEmpty(meta.AuthorFamily) != string.IsNullOrEmpty(meta.AuthorGiven))
            errors.Add(new ContentError(file, meta.LineOf(string.IsNullOrEmpty(meta.AuthorFamily) ? "author_given" : "author_family"), "author_family and author_given go together"));
        return meta;
    }

    /// <summary>The file line of each top-level key, so a problem with a value points at the line that holds it.</summary>
    private static Dictionary<string, int> KeyLines(YamlFrontMatterBlock block)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var text = block.Lines.Lines[i].ToString();
            var colon = text.IndexOf(':');
            if (colon > 0 && !char.IsWhiteSpace(text[0]) && text[0] != '#')
                lines.TryAdd(text[..colon].Trim(), block.Line + 2 + i);
        }
        return lines;
    }
}
