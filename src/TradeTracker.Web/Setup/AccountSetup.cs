using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using TradeTracker.Web.Api;
using TradeTracker.Web.Components.Account;
using TradeTracker.Web.Data;
using TradeTracker.Web.Services.Accounts;
using TradeTracker.Web.Services;

namespace TradeTracker.Web.Setup;

public static class AccountSetup
{
    /// <summary>How often a signed-in session (cookie or open circuit) is checked against the account's security stamp;
    /// one query per signed-in user per period (anonymous circuits are not checked).</summary>


    public static IServiceCollection AddTradeTrackerAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateDataAnnotations()
            .Validate<IHostEnvironment>((accounts, environment) => !accounts.SeedDemoAccounts || environment.IsDevelopment(),
                "Accounts:SeedDemoAccounts=true is refused outside Development (the demo accounts' passwords and token are published): remove it, and set Accounts:InitialAdminEmail and Accounts:InitialAdminPassword for the first admin.")
            .ValidateOnStart();
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        // A role change, lock or password change renews the user's security stamp; open sessions see it at the next check.
        // The refreshed principal keeps its session key, so open circuits can still ask whether their session exists.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = Sessions.Recheck;
            options.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(SignInSessionStore.SessionClaim) is { } session
                    && context.NewPrincipal?.Identities.FirstOrDefault() is { } identity)
                {
                    identity.AddClaim(new Claim(session.Type, session.Value));
                }

                return Task.CompletedTask;
            };
        });

        // The default scheme picks per request: an API token for /api calls that send one, else the Identity cookie.
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = ApiTokenAuthenticationHandler.CookieOrTokenScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddPolicyScheme(ApiTokenAuthenticationHandler.CookieOrTokenScheme, "Identity cookie, or an API token on /api",
                options => options.ForwardDefaultSelector = ApiTokenAuthenticationHandler.SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });

        // Tickets live in the store, the cookie holds a key: signing out ends the session on every instance.
        services.AddSingleton<SignInSessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SignInSessionStore>((options, sessions) => options.SessionStore = sessions);

        var requireSignIn = configuration.GetValue<bool>($"{TradeTrackerOptions.Section}:{nameof(TradeTrackerOptions.RequireSignInToRead)}");
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.CanEdit, p => p
                .RequireRole(Roles.Editor, Roles.Admin)
                .RequireAssertion(c => !AccountClaims.MustChangePassword(c.User)))
            .AddPolicy(Policies.CanAdminister, p => p
                .RequireRole(Roles.Admin)
                .RequireAssertion(c => !AccountClaims.MustChangePassword(c.User)))
            .AddPolicy(Policies.CanRead, p =>
            {
                if (requireSignIn)
                {
                    p.RequireAuthenticatedUser();
                }
                else
                {
                    p.RequireAssertion(_ => true);
                }
            });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = SignInRateLimit.OnRejectedAsync;
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AccountOptions>>((options, accounts) =>
            options.AddPolicy(SignInRateLimit.Policy, context => SignInRateLimit.Partition(context, accounts.Value.SignInAttemptsPerMinute)));

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 10;
                options.User.RequireUniqueEmail = true;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddScoped<AccountSeeder>();
        services.AddSingleton<ApiTokenService>();
        services.AddSingleton<AccountAdminService>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();
        services.AddHostedService<SignInSweeper>();
        return services;
    }

    /// <summary>API callers get a status code with problem details, not a redirect to the sign-in page.</summary>
    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        return ApiProblems.WriteAsync(context.HttpContext, status,
            status == StatusCodes.Status401Unauthorized ? ApiProblems.SignInFirst : ApiProblems.EditorsOnly);
    }

    /// <summary>Creates the roles, the Development demo accounts and the configured first admin.</summary>
    public static async Task PrepareTradeTrackerAccountsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountSeeder>().SeedAsync();
    }
}
