// Where the scripts put small text marks (the chosen role's kind of duty, "Nået") next to a
// milestone in a list: right after its link, or after the heading the link sits in.
// Both the role filter and the progress widgets use it, so the marks line up in one place.

export function marksFor(item) {
  let marks = item.querySelector(':scope [data-milestone-marks]');
  if (marks) return marks;
  marks = document.createElement('span');
  marks.className = 'milestone-marks';
  marks.dataset.milestoneMarks = '';
  const link = item.querySelector('a');
  const heading = link?.closest('h2, h3, h4');
  if (heading && item.contains(heading)) {
    const line = document.createElement('p');
    line.className = 'milestone-marks-line';
    line.append(marks);
    heading.after(line);
  } else if (link) {
    link.after(marks);
  } else {
    item.append(marks);
  }
  return marks;
}
