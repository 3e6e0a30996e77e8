global using FluentValidation;
global using Mediator;
global using Microsoft.EntityFrameworkCore;
global using Sip.Application.Abstractions;
global using Sip.Application.Querying;
global using Sip.Application.ReadModels.Documents;
global using Sip.Domain.Plans;
global using Sip.Domain.Users;
