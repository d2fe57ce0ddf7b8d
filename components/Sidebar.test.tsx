// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { articleReport, claim, evidence, recordingActions, sidebarState } from '../tests/support/sidebar-state.ts';
import { Sidebar } from './Sidebar.tsx';

afterEach(cleanup);

describe('the sidebar', () => {
  it('closed, is a pill that counts reports and conflicts, and opens on a click', () => {
    const actions = recordingActions();
    render(<Sidebar state={sidebarState({ open: false })} actions={actions} />);
    const pill = screen.getByTestId('pill');
    expect(pill.textContent).toBe('2 reports · 1 conflict');
    expect(pill.getAttribute('aria-label')).toBe('Fact Compare: 2 reports · 1 conflict. Open the sidebar.');
    fireEvent.click(pill);
    expect(actions.calls).toEqual([['setOpen', [true]]]);
  });

  it('counts published fact-checks apart in the pill', () => {
    const checked = claim({ factChecks: [{ docId: 'f', packId: 'checks', claimReviewed: 'x', claimant: null, rating: 'False', normalizedRating: 'false', publisher: 'Checks', title: 't', url: null, urlText: null, datePublished: null, claimDate: null, score: 0.9, why: [], time: { period: 'same', label: '' } }] });
    render(<Sidebar state={sidebarState({ open: false, report: articleReport({ claims: [checked] }) })} actions={recordingActions()} />);
    expect(screen.getByTestId('pill').textContent).toBe('1 fact-check · 2 reports');
  });

  it('open, lists the claims with the conflict first, both values side by side', () => {
    render(<Sidebar state={sidebarState()} actions={recordingActions()} />);
    const claims = screen.getAllByTestId('claim');
    expect(claims.map((c) => c.getAttribute('data-verdict'))).toEqual(['conflicts', 'corroborates']);
    expect(within(claims[0]!).getByTestId('values').textContent!.replace(/\s+/g, ' ')).toMatch(/nine warships.*11 warships/);
    expect(screen.getByTestId('summary').textContent).toMatch(/2 reports/);
  });

  it('shows the related reports in their own tab, and collapses back to the pill', () => {
    const actions = recordingActions();
    render(<Sidebar state={sidebarState()} actions={actions} />);
    fireEvent.click(screen.getByTestId('tab-reports'));
    expect(screen.getAllByTestId('report').map((r) => r.getAttribute('data-doc-id'))).toEqual(['wire-1', 'paper-2']);
    fireEvent.click(screen.getByTestId('close'));
    expect(actions.calls).toContainEqual(['setOpen', [false]]);
  });

  it('checks a typed claim, and shows its result first, announced', () => {
    const actions = recordingActions();
    const { rerender } = render(<Sidebar state={sidebarState()} actions={actions} />);
    fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'Eleven warships are in the Caribbean.' } });
    fireEvent.submit(screen.getByTestId('search-input').closest('form')!);
    expect(actions.calls).toContainEqual(['check', ['Eleven warships are in the Caribbean.']]);
    const result = claim({ id: 'typed-0', text: 'Eleven warships are in the Caribbean.', evidence: [evidence(), evidence({ docId: 'paper-2' })] });
    rerender(<Sidebar state={sidebarState({ checks: [result] })} actions={actions} />);
    expect(within(screen.getByTestId('checked-claims')).getByTestId('claim').getAttribute('data-verdict')).toBe('corroborates');
    expect(screen.getByTestId('announce').textContent).toMatch(/Result for “Eleven warships are in the Caribbean\.”: 2 reports corroborate/);
  });

  it('exports the report as Markdown or JSON on request', () => {
    const actions = recordingActions();
    render(<Sidebar state={sidebarState()} actions={actions} />);
    fireEvent.click(screen.getByTestId('export-markdown'));
    fireEvent.click(screen.getByTestId('export-json'));
    expect(actions.calls.filter(([n]) => n === 'exportReport')).toEqual([['exportReport', ['markdown']], ['exportReport', ['json']]]);
  });
});
