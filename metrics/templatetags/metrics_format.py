from django import template

from metrics.scoring import percent

register = template.Library()


@register.filter(name="percent")
def percent_filter(value):
    return percent(value)
