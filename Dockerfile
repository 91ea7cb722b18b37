FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext libgl1 libglib2.0-0 gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/*

COPY pyproject.toml setup.py README.md ./
COPY csc ./csc
COPY chat ./chat
COPY compliance ./compliance
COPY metrics ./metrics
RUN pip install .

COPY . .
RUN DEBUG=1 python manage.py collectstatic --noinput

RUN useradd --create-home --uid 1000 csc && mkdir -p /app/media && chown csc /app/media
USER csc

EXPOSE 8000
CMD ["daphne", "-b", "0.0.0.0", "-p", "8000", "csc.asgi:application"]
