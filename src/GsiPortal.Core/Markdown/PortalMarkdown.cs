using Markdig;
using Markdig.Syntax;

namespace GsiPortal.Core.Markdown;

/// <summary>
/// The one place the Markdig pipeline is built. A built <see cref="MarkdownPipeline"/> is immutable and
/// thread-safe, so the whole application shares this instance.
/// </summary>
public static class PortalMarkdown
{
    /// <summary>
    /// Front matter, and generic attributes so that a part heading carries its slug and item noun
    /// (<c>{#commitments item=commitment count=6}</c>). Raw HTML is switched off: content is text, never markup.
    /// </summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseGenericAttributes()
        .DisableHtml()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);
}
