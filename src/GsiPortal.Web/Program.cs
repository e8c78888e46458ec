using GsiPortal.Web.Hosting;

// Before any socket exists: the runtime reads this once (Hosting/SocketCompletions).
SocketCompletions.PreferInline();

// The content is read and checked on another thread from here, while the host's builder, the services and the pipeline
// are made: they need nothing of each other, and at start-up a request waits for the edition the content begins
// (docs/performance.md). A broken library still refuses to start, rather than serve half of it, before the server listens.
var readAhead = ContentReadAhead.Begin(args);

var builder = WebApplication.CreateBuilder(AppRoot.Options(args));

// `dotnet run --project src/GsiPortal.Web -- validate`: check the content folder and exit.
if (args.FirstOrDefault() == "validate") return ValidateCommand.Run(builder);
// `… -- archive import-git | store | list | remove {edition} {reason}`: the edition archive (docs/linking.md).
if (args.FirstOrDefault() == ArchiveCommand.Name) return ArchiveCommand.Run(builder, args[1..]);
// `… -- derive`: write the derived files a start reads (the search index's, the cross-references'): a deploy step.
if (args.FirstOrDefault() == DeriveCommand.Name) return DeriveCommand.Run(builder);

// Content, search, logging, pages and API.
builder.AddPortal();
var app = builder.Build();

var contentLoad = Task.Factory.StartNew(() => app.LoadContent(readAhead), TaskCreationOptions.LongRunning);
app.UsePortal();
if (!contentLoad.GetAwaiter().GetResult()) return ExitCodes.ContentRefused;
// Let go of the read: this method runs as long as the host, and a reload must not leave the first library held here.
readAhead = null;

// Non-zero when a background service's failure stopped the host, so that a restart policy brings it back.
var exitCode = ExitCodes.AfterRun(app.Services);
try
{
    app.Run();
}
catch (OperationCanceledException)
{
    // SIGTERM before the server was listening: a stop as asked, not a crash (it ended with 134).
}
catch (IOException)
{
    // The server could not listen (address in use, no permission); the host has logged why. Not a crash dump (134).
    return ExitCodes.CannotListen;
}
return exitCode();
