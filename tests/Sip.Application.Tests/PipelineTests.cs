using FluentValidation;
using Mediator;
using Sip.Application.Abstractions;
using Sip.Application.Pipeline;
using Sip.Domain.Users;

namespace Sip.Application.Tests;

public sealed class PipelineTests
{
    public sealed record Sample(string? Name, int Count) : IQuery<string>;

    [AllowedRoles(UserRole.SocialWorker)]
    public sealed record SocialWorkOnly : IQuery<string>;

    public sealed record Anonymous : IQuery<string>, IAnonymousRequest;

    private sealed class NameValidator : AbstractValidator<Sample>
    {
        public NameValidator() => RuleFor(x => x.Name).NotEmpty().WithMessage("Ange namn.");
    }

    private sealed class CountValidator : AbstractValidator<Sample>
    {
        public CountValidator()
        {
            RuleFor(x => x.Count).GreaterThan(0).WithMessage("Antalet måste vara större än noll.");
            RuleFor(x => x.Count).LessThan(10).WithMessage("Antalet måste vara mindre än tio.");
        }
    }

    private sealed class FakeUser(bool signedIn, UserRole role) : ICurrentUser
    {
        public bool IsAuthenticated => signedIn;

        public Guid UserId { get; } = Guid.NewGuid();

        public UserRole Role => role;

        public IReadOnlyList<Guid> UnitIds => [];

        public string? Origin => "test";
    }

    [Fact]
    public async Task Validation_reports_every_failure_of_every_validator_at_once_and_never_reaches_the_handler()
    {
        var behavior = new ValidationBehavior<Sample, string>([new NameValidator(), new CountValidator()]);
        var reached = false;

        var failure = await Assert.ThrowsAsync<ValidationException>(async () =>
            await behavior.Handle(new Sample(null, 0), (_, _) => { reached = true; return ValueTask.FromResult("ok"); },
                CancellationToken.None));

        Assert.False(reached);
        Assert.Equal(["Ange namn.", "Antalet måste vara större än noll."], failure.Errors.Select(e => e.ErrorMessage).ToArray());
        Assert.Equal(["Name", "Count"], failure.Errors.Select(e => e.PropertyName).ToArray());
    }

    [Fact]
    public async Task Valid_requests_pass_validation_to_the_handler()
    {
        var behavior = new ValidationBehavior<Sample, string>([new NameValidator(), new CountValidator()]);

        var result = await behavior.Handle(new Sample("Anna", 3), (_, _) => ValueTask.FromResult("handled"), CancellationToken.None);

        Assert.Equal("handled", result);
    }

    [Fact]
    public async Task A_request_limited_to_a_role_is_forbidden_for_other_roles()
    {
        var behavior = new AuthorizationBehavior<SocialWorkOnly, string>(new FakeUser(true, UserRole.SipSupport), null!);

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await behavior.Handle(new SocialWorkOnly(), (_, _) => ValueTask.FromResult("leaked"), CancellationToken.None));
    }

    [Fact]
    public async Task A_request_limited_to_a_role_passes_for_that_role()
    {
        var behavior = new AuthorizationBehavior<SocialWorkOnly, string>(new FakeUser(true, UserRole.SocialWorker), null!);

        Assert.Equal("ok", await behavior.Handle(new SocialWorkOnly(), (_, _) => ValueTask.FromResult("ok"), CancellationToken.None));
    }

    [Fact]
    public async Task Without_a_signed_in_user_only_anonymous_requests_pass()
    {
        var signedOut = new FakeUser(false, UserRole.SocialWorker);

        await Assert.ThrowsAsync<NotAuthenticatedException>(async () =>
            await new AuthorizationBehavior<SocialWorkOnly, string>(signedOut, null!)
                .Handle(new SocialWorkOnly(), (_, _) => ValueTask.FromResult("leaked"), CancellationToken.None));
        Assert.Equal("open",
            await new AuthorizationBehavior<Anonymous, string>(signedOut, null!)
            .Handle(new Anonymous(), (_, _) => ValueTask.FromResult("open"), CancellationToken.None));
    }
}
