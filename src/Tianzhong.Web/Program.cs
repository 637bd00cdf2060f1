using Tianzhong.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddTianzhong();

var app = builder.Build();
await app.InitialiseAsync().ConfigureAwait(false);
app.UseTianzhong();
await app.RunAsync().ConfigureAwait(false);

/// <summary>Entry point; public so integration and browser tests can host it.</summary>
public partial class Program;
