#!/usr/bin/env python3
"""Runs the shipped GitHub workflow's steps (ci/github/analog-lint.yml) here,
as GitHub would, on a scratch repository of drafts:

  workflow_test.py SOURCE_DIR BUILD_DIR

- the install: `cmake --install` of the build into a prefix (what
  ci/install.sh does after building), whose bin/ goes on PATH; the workflow's
  install step must use ci/install.sh and install no browser;
- the lint step's script, with the env GitHub would give it, for a pull
  request (the changed draft only), a push to the default branch (every
  draft), and a pull request that changes no draft (exit 0, empty SARIF).
Checks the annotations' paths and the SARIF contents. Exits 1 on a failure.
"""
import json
import os
import subprocess
import sys
import tempfile

import yaml

SOURCE, BUILD = sys.argv[1], sys.argv[2]
passed = failed = 0


def check(what, cond, detail=''):
    global passed, failed
    if cond:
        passed += 1
        print('ok:', what)
    else:
        failed += 1
        print('FAIL:', what, detail)


def git(repo, *args):
    return subprocess.run(['git', '-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', *args],
                          check=True, capture_output=True, text=True).stdout.strip()


workflow_text = open(os.path.join(SOURCE, 'ci/github/analog-lint.yml')).read()
workflow = yaml.safe_load(workflow_text)
steps = {s.get('name', s.get('uses')): s for s in workflow['jobs']['lint']['steps']}
install = steps['Install analog-lint']['run']
check('the install step uses ci/install.sh', 'ci/install.sh' in install, install)
for word in ('chromium', 'playwright', 'bootstrap.sh', 'apt-get install'):
    check(f'the workflow installs no test tool ({word})', word not in workflow_text.lower())
install_sh = open(os.path.join(SOURCE, 'ci/install.sh')).read() + open(os.path.join(SOURCE, 'ci/build.sh')).read()
check('ci/install.sh installs only the build and run packages', 'deps.sh --tests' not in install_sh and
      'ci/deps.sh' in install_sh)

tmp = tempfile.mkdtemp()
prefix = os.path.join(tmp, 'prefix')
subprocess.run(['cmake', '--install', BUILD, '--prefix', prefix, '--component', 'analog-lint'],
               check=True, capture_output=True)
installed = os.path.join(prefix, 'bin', 'analog-lint')
check('cmake --install puts analog-lint in PREFIX/bin', os.access(installed, os.X_OK))
version = subprocess.run([installed, '--version'], capture_output=True, text=True).stdout
check('the installed binary runs (rules built in)', version.startswith('analog-lint '), version)

# The repository: two drafts on main, then a pull request that adds a duty to one.
repo = os.path.join(tmp, 'regs')
os.makedirs(os.path.join(repo, 'jourei'))
draft = open(os.path.join(SOURCE, 'corpus/sample-draft.txt')).read()
open(os.path.join(repo, 'jourei/a.txt'), 'w').write(draft)
open(os.path.join(repo, 'b.txt'), 'w').write(draft)
git(repo, 'init', '-q', '-b', 'main')
git(repo, 'add', '.')
git(repo, 'commit', '-qm', 'v1')
main_sha = git(repo, 'rev-parse', 'HEAD')
git(repo, 'checkout', '-qb', 'change')
with open(os.path.join(repo, 'jourei/a.txt'), 'a') as f:
    f.write('２　物品保管業者は、帳簿を書面により提出しなければならない。\n')
git(repo, 'commit', '-qam', 'change')

lint = steps['Lint the drafts']


def run_lint(event, ref, base):
    env = dict(os.environ, PATH=os.path.join(prefix, 'bin') + os.pathsep + os.environ['PATH'],
               SOURCE_DATE_EPOCH='1780000000', GITHUB_STEP_SUMMARY=os.path.join(tmp, 'summary.md'))
    for k, v in lint['env'].items():  # GitHub's expressions, as they would come out
        env[k] = {'EVENT': event, 'REF': ref, 'DEFAULT_BRANCH': 'main', 'BASE': base}[k]
    for name in ('analog-lint.sarif',):
        if os.path.exists(os.path.join(repo, name)):
            os.remove(os.path.join(repo, name))
    script = os.path.join(tmp, 'step.sh')
    open(script, 'w').write(lint['run'])
    p = subprocess.run(['bash', '--noprofile', '--norc', '-eo', 'pipefail', script], cwd=repo, env=env,
                       capture_output=True, text=True)
    sarif = json.load(open(os.path.join(repo, 'analog-lint.sarif')))
    uris = {loc['physicalLocation']['artifactLocation']['uri']
            for r in sarif['runs'][0]['results'] for loc in r['locations']}
    return p, uris


p, uris = run_lint('pull_request', 'refs/pull/1/merge', main_sha)
check('pull request: the step fails on the findings (exit 1)', p.returncode == 1, (p.returncode, p.stderr))
check('pull request: SARIF of the changed draft only', uris == {'jourei/a.txt'}, uris)
annotations = [l for l in p.stdout.splitlines() if l.startswith('::')]
check('pull request: annotations name jourei/a.txt, without ./',
      annotations and all(l.split(' file=')[1].startswith('jourei/a.txt,') for l in annotations), annotations[:3])
check('pull request: the job summary is written', os.path.getsize(os.path.join(tmp, 'summary.md')) > 0)

git(repo, 'checkout', '-q', 'main')
git(repo, 'merge', '-q', 'change')
p, uris = run_lint('push', 'refs/heads/main', main_sha)
check('push to the default branch: SARIF of every draft', uris == {'jourei/a.txt', 'b.txt'}, uris)
check('push to the default branch: annotations for both files, no ./',
      {l.split(' file=')[1].split(',')[0] for l in p.stdout.splitlines() if l.startswith('::')} == {'jourei/a.txt', 'b.txt'})

p, uris = run_lint('push', 'refs/heads/feature', main_sha)
check('push to another branch: the changed draft only', uris == {'jourei/a.txt'}, uris)

head = git(repo, 'rev-parse', 'HEAD')
open(os.path.join(repo, 'README.md'), 'w').write('notes\n')
git(repo, 'add', 'README.md')
git(repo, 'commit', '-qm', 'docs')
p, uris = run_lint('pull_request', 'refs/pull/2/merge', head)
check('a pull request that changes no draft: exit 0 and a note', p.returncode == 0 and
      'no changed draft to check' in p.stderr, (p.returncode, p.stderr))
check('... with an empty SARIF log to upload', uris == set(), uris)
print(f'{passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
