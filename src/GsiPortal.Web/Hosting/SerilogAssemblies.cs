using System.Reflection;
using Serilog.Settings.Configuration;

namespace GsiPortal.Web.Hosting;

/// <summary>
/// The assemblies Serilog's settings reader looks in for the sinks, formatters and enrichers the "Serilog" section
/// names. Left to itself, the reader read the app's deps.json and scanned its folder for every assembly named
/// "serilog" at each start, on the main thread's path to the first page (docs/performance.md); here they are named,
/// as that search found them — every Serilog assembly the site ships — and an assembly the "Using" list names is
/// loaded as the reader would load it, so a sink an operator configures is found as before.
/// <c>SerilogAssembliesTests</c> holds the list to what the search would find.
/// </summary>
public static class SerilogAssemblies
{
    /// <summary>Every Serilog assembly the site ships, by a type of each.</summary>
    public static IReadOnlyList<Assembly> Shipped { get; } =
    [
        typeof(Serilog.ILogger).Assembly,                                       // Serilog
        typeof(Serilog.AspNetCore.RequestLoggingOptions).Assembly,              // Serilog.AspNetCore
        typeof(Serilog.Extensions.Hosting.DiagnosticContext).Assembly,          // Serilog.Extensions.Hosting
        typeof(Serilog.Extensions.Logging.SerilogLoggerProvider).Assembly,      // Serilog.Extensions.Logging
        typeof(ConfigurationReaderOptions).Assembly,                            // Serilog.Settings.Configuration
        typeof(Serilog.ConsoleLoggerConfigurationExtensions).Assembly,          // Serilog.Sinks.Console
        typeof(Serilog.FileLoggerConfigurationExtensions).Assembly,             // Serilog.Sinks.File
        typeof(Serilog.LoggerSinkConfigurationDebugExtensions).Assembly,        // Serilog.Sinks.Debug
        typeof(Serilog.Formatting.Compact.CompactJsonFormatter).Assembly,       // Serilog.Formatting.Compact
        typeof(Serilog.Templates.ExpressionTemplate).Assembly,                  // Serilog.Expressions
    ];

    /// <summary>The reader's options: the shipped assemblies and those the section's "Using" list names.</summary>
    public static ConfigurationReaderOptions ReaderOptions(IConfiguration configuration)
    {
        var assemblies = new List<Assembly>(Shipped);
        foreach (var name in configuration.GetSection("Serilog:Using").GetChildren().Select(c => c.Value))
        {
            // As the reader does for "Using": a blank name is a mistake in the settings, said as the reader says it.
            if (string.IsNullOrWhiteSpace(name))
                throw new InvalidOperationException("A zero-length or whitespace assembly name was supplied to a Serilog:Using configuration statement.");
            var assembly = Assembly.Load(new AssemblyName(name));
            if (!assemblies.Contains(assembly)) assemblies.Add(assembly);
        }
        return new ConfigurationReaderOptions([.. assemblies]);
    }
}
