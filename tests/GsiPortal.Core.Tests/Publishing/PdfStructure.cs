namespace GsiPortal.Core.Tests.Publishing;

/// <summary>
/// One element of a PDF's structure tree as poppler's <c>pdfinfo -struct-text</c> prints it: its type ("H2", "P"),
/// the text of its own marked content (a chunk per marked-content sequence: a paragraph that crosses a page break has
/// two), and its child elements. Object references (link annotations) are left out.
/// </summary>
internal sealed class PdfStructure
{
    public required string Type { get; init; }
    public List<string> Chunks { get; } = [];
    public List<PdfStructure> Children { get; } = [];
    /// <summary>Own chunks and children's text, in the order printed.</summary>
    private readonly List<object> parts = [];

    /// <summary>The element's text as a structure-aware reader reads it: every chunk of it and its descendants, in order.</summary>
    public string Text => string.Concat(parts.Select(p => p is PdfStructure s ? s.Text : (string)p));

    public IEnumerable<PdfStructure> Descendants() => Children.SelectMany(c => new[] { c }.Concat(c.Descendants()));

    /// <summary>Reads the tree from pdfinfo's output: two spaces of indentation a level, text in double quotes.</summary>
    public static PdfStructure Parse(string output)
    {
        var root = new PdfStructure { Type = "(root)" };
        var stack = new List<(int Indent, PdfStructure Element)> { (-1, root) };
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            var indent = line.Length - line.TrimStart(' ').Length;
            while (stack[^1].Indent >= indent) stack.RemoveAt(stack.Count - 1);
            var parent = stack[^1].Element;
            var content = line.Trim();
            if (content.StartsWith('"') && content.EndsWith('"') && content.Length >= 2)
            {
                parent.Chunks.Add(content[1..^1]);
                parent.parts.Add(content[1..^1]);
            }
            else if (!content.StartsWith("Object ", StringComparison.Ordinal))
            {
                var element = new PdfStructure { Type = content.Split(' ')[0] };
                parent.Children.Add(element);
                parent.parts.Add(element);
                stack.Add((indent, element));
            }
        }
        return root;
    }
}
